// Types for index.mjs.

export declare const MAX_FRAME: number;
export declare function socketPath(explicit?: string, env?: Record<string, string | undefined>): string;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export declare class DoppelError extends Error {
  code: number;
  rpcMessage: string;
  data: { kind?: string; [key: string]: unknown };
  /** The stable error kind: INVALID_PARAMS, INVALID_SCHEMA, … */
  kind?: string;
}
export declare class DoppelTimeout extends Error {}

export interface ConnectOptions {
  /** The socket (default: $DOPPEL_SOCKET, $XDG_RUNTIME_DIR/doppel/doppel.sock, /tmp/doppel-UID/doppel.sock). */
  socket?: string;
  /** Default milliseconds to wait for each reply; 0 waits for ever (default 60000). */
  timeout?: number;
  /** Start doppeld when nothing listens (default true). */
  autostart?: boolean;
  /** The doppeld executable (default $DOPPELD, else doppeld on PATH). */
  daemon?: string;
}

export interface CallOptions {
  timeout?: number;
  signal?: AbortSignal;
  onNotification?: (method: string, params: Record<string, unknown>) => void;
}

/** `$/chunk` items as they arrive; `result` once the loop has ended. */
export interface Stream<Item = Json, Result = Json> extends AsyncIterableIterator<Item> {
  result: Result | undefined;
}

export interface KindOption { name: string; summary: string; default: Json }
export interface Kind {
  kind: string;
  group: string;
  type: string;
  summary: string;
  options: KindOption[];
  locales: string[];
  /** 0: cannot promise distinct values; null: unbounded. */
  distinct_values: number | null;
}

export interface SchemaProblem {
  severity: 'error' | 'warning';
  pointer: string;
  line: number;
  column: number;
  offset: number;
  message: string;
  suggestion?: string;
}
export interface ValidateResult { valid: boolean; errors: number; warnings: number; problems: SchemaProblem[] }

export interface GenerateParams {
  prompt?: string;
  schema?: Record<string, Json>;
  rows?: number;
  seed?: number;
  reality?: number;
  output_format?: 'json' | 'jsonl' | 'csv' | 'sql';
  dialect?: 'sqlite' | 'postgres' | 'mysql';
  out_dir?: string;
  manifest?: boolean;
  sync?: boolean;
  planner?: 'auto' | 'llm' | 'builtin';
  text_source?: 'auto' | 'llm' | 'builtin';
  [key: string]: Json | undefined;
}
export interface GenerateResult {
  success: true;
  message: string;
  datasets: Record<string, { format: string; size: number; columns: string[]; content?: Json; path?: string; streamed?: true }>;
  metadata: Record<string, Json>;
  download_links: Json;
}

export declare class Doppel {
  static connect(options?: ConnectOptions): Promise<Doppel>;
  /** The initialize result: protocol, server identity, methods, limits. */
  server: { protocol: string; server: Record<string, Json>; methods: string[]; limits: Record<string, number> };
  call<T = Json>(method: string, params?: Record<string, unknown>, options?: CallOptions): Promise<T>;
  stream<Item = Json, Result = Json>(method: string, params?: Record<string, unknown>, options?: CallOptions): Stream<Item, Result>;
  cancel(id: number | string): void;
  close(): void;

  ping(): Promise<{ pong: true }>;
  status(): Promise<Record<string, Json>>;
  shutdown(): Promise<Record<string, Json>>;
  kindsList(): Promise<Kind[]>;
  schemaValidate(text: string): Promise<ValidateResult>;
  schemaJSONSchema(): Promise<Record<string, Json>>;
  schemaPlan(prompt: string, params?: { planner?: 'auto' | 'llm' | 'builtin'; seed?: number }): Promise<{ schema: Record<string, Json>; cached: boolean; warnings: string[]; planner: string }>;
  generate(params: GenerateParams, options?: CallOptions): Promise<GenerateResult>;
  generateStream(params: GenerateParams, options?: CallOptions): Stream<{ dataset: string; text: string }, GenerateResult>;
  generateData(prompt: string, params?: { rows?: number }): Promise<Record<string, Json>>;
  datasetsList(): Promise<Record<string, Json>>;
  datasetsGet(id: string): Promise<Record<string, Json>>;
  datasetsDelete(id: string): Promise<Record<string, Json>>;
  feedbackGenerate(params: Record<string, Json>, options?: CallOptions): Promise<Json>;
  ticketsGenerate(params: Record<string, Json>, options?: CallOptions): Promise<Json>;
  interviewsGenerate(params: Record<string, Json>, options?: CallOptions): Promise<Json>;
  conversationsGenerate(params: Record<string, Json>, options?: CallOptions): Promise<Json>;
  synthDataGenerate(params: Record<string, Json>, options?: CallOptions): Promise<Json>;
  /** Rows of a schema (or a prompt) as `{table: [row objects]}`. */
  rows(source: string | Record<string, Json>, options?: { rows?: number; seed?: number; reality?: number }): Promise<Record<string, Record<string, Json>[]>>;
}
