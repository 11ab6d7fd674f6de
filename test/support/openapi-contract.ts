import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.0 document the contract check reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseSpec> }>>;
  components?: { schemas?: Record<string, unknown> };
}
interface ResponseSpec {
  description?: string;
  content?: Record<string, { schema?: unknown }>;
}

/** What a response looked like, as much as the check needs. */
export interface ObservedResponse {
  method: string;
  /** The path and query as requested (`/processes?type=x`), or a whole URL. */
  url: string;
  status: number;
  contentType?: string;
  /** The parsed JSON body, or the text for any other media type. */
  body: unknown;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/**
 * Checks real responses against the OpenAPI document the API serves: the status must be one the
 * operation documents, the media type one it lists, and the body must match its schema. Objects
 * in the document are checked closed (a field the document does not name is a mismatch), so the
 * document describes everything the API sends; the document itself stays open for clients.
 * A request outside the document (no path or method matches) may only be refused, with a 4xx
 * ErrorBody, or (a GET) be answered by the web app's HTML page, or (an OPTIONS to a documented
 * path) be a CORS preflight's empty 204.
 */
export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly operations: { method: string; template: string; pattern: RegExp; specificity: number }[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: closeObjects(document.components ?? {}) });
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item).filter((m) => METHODS.has(m))) {
        const pattern = new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
        );
        // A path without parameters wins over a templated one (OpenAPI's rule): /processes/sgo-conversion before /processes/{id}.
        this.operations.push({ method, template, pattern, specificity: -(template.match(/\{/g)?.length ?? 0) });
      }
    }
    this.operations.sort((a, b) => b.specificity - a.specificity);
  }

  /** What is wrong with the response, or undefined when the document describes it. */
  problem(res: ObservedResponse): string | undefined {
    const method = res.method.toLowerCase();
    const path = decodeURI(new URL(res.url, 'http://localhost').pathname);
    const where = `${res.method.toUpperCase()} ${path} → ${res.status}`;
    if (path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-json')) return undefined;
    const operation = this.operations.find((o) => o.method === method && o.pattern.test(path));
    const mediaType = (res.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!operation && method === 'options' && res.status === 204 && this.operations.some((o) => o.pattern.test(path)))
      return undefined; // a CORS preflight the middleware answered (the codec endpoint's), outside the contract
    if (!operation) {
      if (method === 'get' && res.status === 200 && mediaType === 'text/html') return undefined; // the web app
      if (res.status >= 400 && res.status < 500)
        return this.bodyProblem(where, 'openapi#/components/schemas/ErrorBody', res.body);
      return `${where}: no operation in the OpenAPI document matches ${res.method.toUpperCase()} ${path}`;
    }
    const responses = this.document.paths[operation.template][operation.method].responses ?? {};
    const spec = responses[String(res.status)] ?? responses[`${String(res.status)[0]}XX`] ?? responses.default;
    const opName = `${operation.method.toUpperCase()} ${operation.template}`;
    if (!spec)
      return `${where}: ${opName} does not document status ${res.status} (it documents ${Object.keys(responses).join(', ')})`;
    if (!spec.content) {
      const empty =
        res.body === undefined ||
        res.body === '' ||
        (typeof res.body === 'object' && res.body !== null && Object.keys(res.body).length === 0);
      return empty ? undefined : `${where}: ${opName} documents no body for ${res.status}, but one came`;
    }
    const media = spec.content[mediaType];
    if (!media)
      return `${where}: ${opName} answers ${Object.keys(spec.content).join(', ')} for ${res.status}, not "${mediaType}"`;
    if (media.schema === undefined) return undefined;
    const key = `${opName} ${res.status} ${mediaType}`;
    if (!this.validators.has(key))
      this.validators.set(key, this.ajv.compile(closeObjects(pointAtDocument(media.schema)) as object));
    return this.bodyProblem(`${where} (${opName})`, key, res.body);
  }

  private bodyProblem(where: string, schemaOrKey: string, body: unknown): string | undefined {
    const validate = this.validators.get(schemaOrKey) ?? this.ajv.getSchema(schemaOrKey);
    if (!validate) throw new Error(`No schema ${schemaOrKey}`);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map(
        (e) =>
          `${e.instancePath || '(body)'} ${e.message}${e.keyword === 'additionalProperties' ? `: ${String(e.params.additionalProperty)}` : ''}`,
      );
    return `${where}: the body does not match the OpenAPI document: ${errors.join('; ')}\n  body: ${JSON.stringify(body).slice(0, 1500)}`;
  }
}

/** `#/components/...` inside an operation's schema, pointed at the document registered as `openapi`. */
function pointAtDocument(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'));
}

/** Every object schema that names its properties and says nothing of others gets `additionalProperties: false`. */
function closeObjects<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(closeObjects) as T;
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = key === 'example' ? value : closeObjects(value);
  if (out.properties && typeof out.properties === 'object' && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out as T;
}
