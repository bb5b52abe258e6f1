// Worker-only: jieba-wasm's web build, its .wasm imported by path (the package does not
// export it) and instantiated synchronously when the first question is cut.
import { add_word, cut, initSync, tag } from 'jieba-wasm';
import jiebaModule from '../../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm';
import { jiebaRsCutter } from '../text/jieba-rs';
import type { Script } from '../text/script';
import type { WordCutter } from '../text/segment';

export function wasmCutter(userWords: Iterable<string>, script: Script): WordCutter {
  const jieba = { init: () => void initSync({ module: jiebaModule }), cut, tag, add_word };
  return jiebaRsCutter(jieba, userWords, script);
}
