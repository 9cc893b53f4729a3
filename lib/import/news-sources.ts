/** What Sejajar knows about a news site named in a dateline. */
export interface NewsSource {
  name: string;
  site: string;
  url: string;
  /** The site's own search page for a phrase: the raw text of a "Baca Juga:" line carries no link. */
  searchUrl: (phrase: string) => string;
}

interface KnownSite {
  name: string;
  url: string;
  searchPath: string;
  searchParam: string;
}

const knownSites: Record<string, KnownSite> = {
  'KONTAN.CO.ID': {
    name: 'Kontan',
    url: 'https://www.kontan.co.id/',
    searchPath: 'search/',
    searchParam: 'search',
  },
  'KOMPAS.COM': { name: 'Kompas', url: 'https://www.kompas.com/', searchPath: 'search', searchParam: 'q' },
  'TEMPO.CO': { name: 'Tempo', url: 'https://www.tempo.co/', searchPath: 'search', searchParam: 'q' },
  'LIPUTAN6.COM': {
    name: 'Liputan6',
    url: 'https://www.liputan6.com/',
    searchPath: 'search',
    searchParam: 'q',
  },
  'BISNIS.COM': { name: 'Bisnis', url: 'https://www.bisnis.com/', searchPath: 'index', searchParam: 'q' },
};

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** Looks a dateline site up; an unknown site is kept under its own name if it is a domain we can link to. */
export function findNewsSource(site: string): NewsSource | undefined {
  const known = knownSites[site.toUpperCase()];
  const domain = site.toLowerCase();
  if (!known && !DOMAIN.test(domain)) return undefined;
  const { name, url, searchPath, searchParam } = known ?? {
    name: site,
    url: `https://www.${domain}/`,
    searchPath: 'search',
    searchParam: 'q',
  };
  return {
    name,
    site,
    url,
    searchUrl: (phrase) => {
      const words = phrase
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' ');
      return `${url}${searchPath}?${new URLSearchParams({ [searchParam]: words })}`;
    },
  };
}
