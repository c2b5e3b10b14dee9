/** A file that cannot be read or written: reported in one line naming the file, exit code 2. */
export class InputError extends Error {
    path;
    constructor(path, message) {
        super(message);
        this.path = path;
        this.name = 'InputError';
    }
}
const REASONS = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    ELOOP: 'too many levels of symbolic links',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EMFILE: 'too many open files',
    EIO: 'input/output error',
    EAGAIN: 'reading it would block (not an ordinary file)',
    ENAMETOOLONG: 'file name too long',
    EEXIST: 'already exists (not replaced)',
};
/** Turns a Node.js system error into an InputError with a short human reason. */
export function toInputError(path, error) {
    if (error instanceof InputError)
        return error;
    const code = error?.code;
    const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
    return new InputError(path, reason);
}
