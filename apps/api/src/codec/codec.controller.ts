import {
  applyDecorators,
  BadRequestException,
  Body,
  Controller,
  Headers,
  HttpCode,
  Inject,
  Logger,
  Post,
  UnprocessableEntityException,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/error-body';
import { CodecPayloads } from './dto/codec.responses';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { Role } from '../../../../libs/domain/src';
import { KEY_ID_METADATA_KEY, PAYLOAD_CODEC, PayloadDecryptionError } from '../../../../libs/temporal/src';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import type { Caller } from '../auth/auth.types';

/** Temporal's remote codec protocol: `Payloads` as proto3 JSON, every bytes field in base64. */
export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}
export interface JsonPayloads {
  payloads: JsonPayload[];
}

const MAX_PAYLOADS = 1000;

/** Both directions take and answer `Payloads`; X-Namespace is logged with the call. */
const ApiCodecExchange = () =>
  applyDecorators(
    ApiHeader({ name: 'X-Namespace', required: false, description: 'the Temporal namespace (logged)' }),
    ApiBody({ type: CodecPayloads }),
    ApiOkResponse({ type: CodecPayloads }),
  );
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * The codec endpoint for the Temporal UI and `temporal --codec-endpoint`: decodes (and encodes)
 * payloads with the service's keys, for callers who may read everything (auditor, admin). Every
 * call is logged with who made it, for which namespace, and how many payloads under which key ids
 * (never their content).
 */
@ApiTags('codec')
@ApiBearerAuth()
@Controller('codec')
@Roles(Role.Auditor, Role.Admin)
export class CodecController {
  private readonly logger = new Logger('CodecEndpoint');

  constructor(@Inject(PAYLOAD_CODEC) private readonly codec: PayloadCodec) {}

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({ summary: "Decrypt payloads (Temporal's remote codec protocol)" })
  @ApiCodecExchange()
  @ApiErrors(422)
  async decode(
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Headers('x-namespace') namespace?: string,
  ): Promise<JsonPayloads> {
    const payloads = parse(body);
    this.log('decode', caller, namespace, payloads);
    try {
      return { payloads: (await this.codec.decode(payloads)).map(toJson) };
    } catch (err) {
      if (err instanceof PayloadDecryptionError) throw new UnprocessableEntityException(err.message);
      throw err;
    }
  }

  @Post('encode')
  @HttpCode(200)
  @ApiOperation({ summary: "Encrypt payloads with the current key (Temporal's remote codec protocol)" })
  @ApiCodecExchange()
  async encode(
    @Body() body: unknown,
    @CurrentCaller() caller: Caller,
    @Headers('x-namespace') namespace?: string,
  ): Promise<JsonPayloads> {
    const payloads = parse(body);
    this.log('encode', caller, namespace, payloads);
    return { payloads: (await this.codec.encode(payloads)).map(toJson) };
  }

  private log(op: string, caller: Caller, namespace: string | undefined, payloads: Payload[]): void {
    const keyIds = [
      ...new Set(
        payloads
          .map((p) => p.metadata?.[KEY_ID_METADATA_KEY])
          .filter((id) => id)
          .map((id) => Buffer.from(id!).toString()),
      ),
    ];
    this.logger.log(
      JSON.stringify({
        event: `codec.${op}`,
        sub: caller.sub,
        roles: caller.roles,
        namespace: namespace ?? null,
        payloads: payloads.length,
        keyIds,
      }),
    );
  }
}

function parse(body: unknown): Payload[] {
  const list = (body as JsonPayloads | undefined)?.payloads;
  if (!body || typeof body !== 'object' || !Array.isArray(list)) {
    throw new BadRequestException('Expected a JSON body { "payloads": [ { "metadata": {…}, "data": "<base64>" } ] }');
  }
  if (list.length > MAX_PAYLOADS) throw new BadRequestException(`At most ${MAX_PAYLOADS} payloads per call`);
  return list.map((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new BadRequestException(`payloads[${index}]: must be an object`);
    }
    const metadata: Record<string, Uint8Array> = {};
    if (item.metadata !== undefined && item.metadata !== null) {
      if (typeof item.metadata !== 'object' || Array.isArray(item.metadata)) {
        throw new BadRequestException(`payloads[${index}].metadata: must be an object of base64 strings`);
      }
      for (const [key, value] of Object.entries(item.metadata)) {
        metadata[key] = base64(value, `payloads[${index}].metadata.${key}`);
      }
    }
    const data =
      item.data === undefined || item.data === null ? new Uint8Array() : base64(item.data, `payloads[${index}].data`);
    return { metadata, data };
  });
}

function base64(value: unknown, where: string): Uint8Array {
  if (typeof value !== 'string' || !BASE64.test(value)) throw new BadRequestException(`${where}: must be base64`);
  return Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
}

function toJson(payload: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(
      Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
    ),
    data: Buffer.from(payload.data ?? []).toString('base64'),
  };
}
