const PREFIX = 'user-';

/** The body id of a user's body in the app (body switch, loaders): its profile record's id, prefixed. */
export const userBodyId = (recordId: string): string => PREFIX + recordId;
export const isUserBodyId = (bodyId: string): boolean => bodyId.startsWith(PREFIX);
/** The profile record's id of a user's body id. */
export const recordIdOf = (bodyId: string): string => bodyId.slice(PREFIX.length);
