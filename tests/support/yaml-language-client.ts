import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A position in a document, counted from 0 as the language server protocol counts. */
export interface LspPosition {
  readonly line: number;
  readonly character: number;
}

/** A problem the server reports in a document. */
export interface LspDiagnostic {
  readonly range: { readonly start: LspPosition; readonly end: LspPosition };
  readonly message: string;
  readonly severity?: number;
  readonly source?: string;
}

/** One completion the server offers. */
export interface LspCompletionItem {
  readonly label: string;
  readonly insertText?: string;
  readonly textEdit?: { readonly newText: string };
  readonly detail?: string;
  readonly documentation?: string | { readonly value: string };
}

interface Message {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

const HEADER_END = '\r\n\r\n';

/**
 * A client of the YAML language server that VS Code's YAML extension runs, spoken to over stdio
 * with the protocol's Content-Length framing: enough of the protocol to open documents and ask
 * for diagnostics, completion and hover, as an editor does.
 */
export class YamlLanguageClient {
  private readonly server: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private version = 1;
  /** The diagnostics last published for each document; the server publishes them without a version. */
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly diagnosticWaiters: Array<() => void> = [];
  private readonly exited: Promise<void>;
  private stderr = '';
  private settings: Record<string, unknown> = {};

  private constructor() {
    const bin = join(dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
    this.server = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((done) => this.server.once('exit', () => done()));
    void this.exited.then(() => {
      for (const { reject } of this.pending.values()) reject(new Error(`the YAML language server stopped: ${this.stderr}`));
      this.pending.clear();
    });
  }

  /**
   * Starts the server for a workspace folder and gives it the `yaml.*` settings an editor
   * would, e.g. `{ schemas: { './schema.json': ['*.yaml'] } }`.
   */
  static async start(workspace: string, settings: Record<string, unknown>): Promise<YamlLanguageClient> {
    const client = new YamlLanguageClient();
    client.settings = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, ...settings };
    const rootUri = pathToFileURL(workspace).href;
    await client.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'model' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
      },
    });
    client.notify('initialized', {});
    // Older servers take the settings from this notification, newer ones ask for them (answered in handle()).
    client.notify('workspace/didChangeConfiguration', { settings: { yaml: client.settings } });
    return client;
  }

  /**
   * Opens a document and resolves with the diagnostics the server publishes for it: it
   * validates an opened document on its own. Close it before opening it again.
   */
  async open(path: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(path).href;
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: this.version++, text } });
    return this.diagnosticsFor(uri);
  }

  /**
   * Closes a document opened with {@link open}, once the server has cleared its diagnostics, so
   * that clearing cannot be taken for the diagnostics of the next opening.
   */
  async close(path: string): Promise<void> {
    const uri = pathToFileURL(path).href;
    this.diagnostics.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
    await this.diagnosticsFor(uri);
    this.diagnostics.delete(uri);
  }

  /** The completions offered at a position of an open document. */
  async completion(path: string, position: LspPosition): Promise<LspCompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri: pathToFileURL(path).href }, position })) as
      { items?: LspCompletionItem[] } | LspCompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  /** The text of the hover at a position of an open document, or '' when there is none. */
  async hover(path: string, position: LspPosition): Promise<string> {
    const result = (await this.request('textDocument/hover', { textDocument: { uri: pathToFileURL(path).href }, position })) as {
      contents?: string | { value: string } | Array<string | { value: string }>;
    } | null;
    const contents = result?.contents;
    if (contents === undefined) return '';
    return (Array.isArray(contents) ? contents : [contents]).map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  }

  /** Asks the server to shut down and waits for it to end, so no process is left running. */
  async stop(): Promise<void> {
    if (this.server.exitCode === null && this.server.signalCode === null) {
      const stopping = this.request('shutdown', null).then(
        () => this.notify('exit', null),
        () => undefined,
      );
      const timer = setTimeout(() => this.server.kill(), 5_000);
      await stopping;
      await this.exited;
      clearTimeout(timer);
    }
  }

  /** The answer to workspace/configuration: the `yaml` section is the settings, other sections are empty. */
  private configuration(params: unknown): unknown[] {
    const items = (params as { items?: Array<{ section?: string }> } | undefined)?.items ?? [];
    return items.map((item) => (item.section === 'yaml' ? this.settings : {}));
  }

  private async diagnosticsFor(uri: string): Promise<LspDiagnostic[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const published = this.diagnostics.get(uri);
      if (published !== undefined) return published;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within 20 seconds; server said: ${this.stderr}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, 1_000);
        this.diagnosticWaiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Record<string, unknown>): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}${HEADER_END}`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      const start = headerEnd + HEADER_END.length;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method === undefined && typeof message.id === 'number') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    } else if (message.method !== undefined && message.id !== undefined) {
      // The server's own requests (registering capabilities, asking for settings) need only an answer.
      this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? this.configuration(message.params) : null });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const wake of this.diagnosticWaiters.splice(0)) wake();
    }
  }
}
