import { Logger } from '@nestjs/common';
import { ConfigError, loadApiConfig } from '../../../libs/config/src';
import { JsonLogger } from '../../../libs/logging/src';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  const config = loadApiConfig();
  const app = await createApp({ config, logger: new JsonLogger() });
  await app.listen(config.http.port, config.http.host);
  Logger.log(`API listening on http://127.0.0.1:${config.http.port} (docs at /docs)`, 'Bootstrap');
}

bootstrap().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
