const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id that isn't a uuid can't name a row: callers answer NOT_FOUND instead of a SQL error. */
export const isUuid = (value: string): boolean => UUID.test(value);
