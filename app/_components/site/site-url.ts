/** The public origin, for absolute alternates and canonical links. */
export const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';
