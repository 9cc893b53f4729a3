/** Interface strings a reader block needs, translated on the server and passed down as props. */
export interface BlockLabels {
  /** The interface language, for text such as "Translation pending" that sits inside an English block. */
  interfaceLang: string;
  pending: string;
  note: string;
}
