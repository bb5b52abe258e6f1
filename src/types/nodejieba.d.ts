// nodejieba exports the paths of its dictionaries; its type declarations leave them out.
export {};

declare module 'nodejieba' {
  export const DEFAULT_DICT: string;
}
