/**
 * Check-ins per page, on the server's first page and each "Show older". In its own module: a value
 * exported from a "use client" file reaches a server component as a reference, not as the value.
 */
export const CHECK_IN_PAGE_SIZE = 5;
