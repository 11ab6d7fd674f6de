/** What the codec endpoint reads from the environment (one function, so it can move to libs/config). */
export interface CodecEndpointConfig {
  /** Browser origins allowed to call /codec (the Temporal UI's), e.g. `https://temporal-ui.council.example`. */
  corsOrigins: string[];
}

/** `TEMPORAL_UI_ORIGINS`: comma-separated origins of the Temporal UI; none set means no cross-origin calls. */
export function codecEndpointConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CodecEndpointConfig {
  const corsOrigins = (env.TEMPORAL_UI_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return { corsOrigins };
}
