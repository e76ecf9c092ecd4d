/**
 * @packageDocumentation
 * The model folder's files as the loader reads them, without loading the schemas, the checks and
 * the YAML parsers: a command that only needs to know whether a model changed (the built-site
 * cache of `opcc build`) starts in a few milliseconds from here. It also holds the small file rules
 * the packages share (how content is hashed, how a file is replaced), which load nothing heavy either.
 */
export { isModelFileName, NODE_FILE_SYSTEM, readModelFolder, type FolderEntry, type ModelFileSystem } from './load/read-model-folder.js';
export type { SourceBytes } from './load/decode-text.js';
export { compareText } from './util/compare.js';
export { sha256 } from './util/sha256.js';
export { writeFileAtomically, type AtomicWriteOptions } from './util/write-file-atomically.js';
