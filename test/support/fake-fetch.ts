// A fetch for unit tests that records every call and answers from a script. A call the script
// does not expect fails the test: no test reaches the network by accident.
export interface RecordedCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

export type ScriptedAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { fail: 'refused' | 'reset' | 'timeout' };

export function fakeFetch(answers: ScriptedAnswer[]): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const impl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const text = typeof init.body === 'string' ? init.body : '';
    calls.push({ method: init.method ?? 'GET', url: new URL(String(input)), headers, body: text ? JSON.parse(text) : undefined });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected outbound call: ${init.method ?? 'GET'} ${String(input)}`);
    if ('fail' in answer) {
      if (answer.fail === 'timeout') throw Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
      const code = answer.fail === 'refused' ? 'ECONNREFUSED' : 'ECONNRESET';
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
    }
    const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status, headers: { 'content-type': 'application/json', ...answer.headers } });
  };
  return { fetch: impl as typeof fetch, calls };
}
