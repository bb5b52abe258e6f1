// Modules the Worker's bundler (wrangler) provides: a .wasm file is a compiled WebAssembly
// module, and the index bundle is aliased in wrangler.toml (its JSON is checked at load, not typed).
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}

declare module 'report-qa:index-bundle' {
  const bundle: unknown;
  export default bundle;
}
