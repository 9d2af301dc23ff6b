/** The size limits of what the coach reads, shared by the reads, the writes and the error messages. */

/** No file exchanged with the sponsor comes near this: anything larger is refused unread. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Local state files (progress, queue) are small text; past this a file is not ours. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;
