/** The id of the keyboard help dialog, shared by the server-rendered dialog and the island that opens it. */
export const KEYS_HELP_ID = 'reader-keys';
