/**
 * Small word lists that tell an Indonesian name from a capitalised ordinary word.
 * Kept short on purpose: a word missing here costs one noisy suggestion, never a failed check.
 */

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Words that start sentences and are never names on their own. */
export const sentenceStarters: ReadonlySet<string> = new Set(
  words(`
    Pada Dalam Di Ke Dari Untuk Dengan Oleh Menurut Namun Tetapi Tapi Sementara Sedangkan Selain Adapun
    Sebelumnya Kemudian Selanjutnya Lalu Maka Meski Meskipun Walaupun Jika Kalau Bila Apabila Karena Sebab
    Sejak Setelah Sebelum Saat Ketika Kini Hingga Sampai Bahkan Padahal Sehingga Berdasarkan Terkait
    Kami Kita Saya Aku Ia Dia Mereka Beliau Hal Ini Itu Baca Juga Para Sang Seluruh Semua Setiap Sebagian
    Salah Yang Apa Siapa Bagaimana Mengapa Kenapa Tidak Tak Bukan Sudah Telah Masih Belum Akan Ada
    Tahun Hari Bulan Sekitar Sejumlah Banyak Beberapa
  `),
);

/** Capitalised wherever they stand, yet no glossary would hold them: months, weekdays, the rupiah sign, polite "you". */
export const neverNames: ReadonlySet<string> = new Set(
  words(`
    Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember
    Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Rp WIB WITA WIT Anda
  `),
);

/**
 * Titles before a name ("Presiden Joko Widodo", "Kepala Dinas …"), longest first. They are stripped:
 * the glossary holds the person or body, as it holds "Vladimir Putin" without "Presiden".
 */
export const leadingTitles: readonly (readonly string[])[] = [
  'Wakil Presiden',
  'Perdana Menteri',
  'Wakil Gubernur',
  'Wakil Bupati',
  'Wali Kota',
  'Ketua Umum',
  'Direktur Utama',
  'Sekretaris Jenderal',
  'Juru Bicara',
  ...words(`
    Presiden Wapres Menteri Gubernur Bupati Walikota Kepala Ketua Direktur Dirut Pemimpin Panglima
    Jenderal Sekjen Jubir Raja Ratu Pangeran Kanselir Bapak Ibu Pak Bu Dr Prof
  `),
].map(words);

/**
 * Head words of Indonesian institution names, which may list their portfolios with commas and "dan"
 * ("Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta"). A following run that starts with
 * one of these is a second institution, not part of the first.
 */
export const institutionHeads: ReadonlySet<string> = new Set(
  words(`
    Kementerian Kemenko Dinas Badan Komisi Dewan Lembaga Majelis Balai Direktorat Otoritas Bank Universitas
    Institut Pusat Kantor Biro Asosiasi Himpunan Gabungan Persatuan Perusahaan Perum Kejaksaan Pengadilan
    Kepolisian
  `),
);
