import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import type { AnalyzeReply } from './analyze-off-thread';
import { answer, serve } from './analyze-worker';

const text = '同志们：\n当前还存在两个方面的问题：一是推进不够快；二是责任不够实。\n县住建局要在年底前完成燃气管网改造。\n';
const options = { referenceDate: '2026-03-01' };

/** The worker's global scope, in this thread: replies are collected, requests delivered by `send`. */
function scope() {
  const replies: AnalyzeReply[] = [];
  let listener: ((e: MessageEvent) => void) | undefined;
  return {
    replies,
    send: (data: unknown) => listener!({ data } as MessageEvent),
    postMessage: (reply: AnalyzeReply) => void replies.push(reply),
    addEventListener: (_type: 'message', l: (e: MessageEvent) => void) => void (listener = l),
  };
}

describe('answer', () => {
  it('answers a request with the Analysis of its text and options', () => {
    expect(answer({ type: 'analyze', id: 7, text, options })).toEqual({ type: 'analysis', id: 7, analysis: analyze(text, options) });
  });

  it('answers with the error instead of throwing', () => {
    const run = () => {
      throw new TypeError('x is undefined');
    };
    expect(answer({ type: 'analyze', id: 3, text, options }, run)).toEqual({ type: 'error', id: 3, name: 'TypeError', message: 'x is undefined' });
    expect(
      answer({ type: 'analyze', id: 4, text, options }, () => {
        throw 'plain';
      }),
    ).toEqual({ type: 'error', id: 4, name: 'Error', message: 'plain' });
  });
});

describe('serve', () => {
  it('says ready first, then answers each request in turn', () => {
    const s = scope();
    serve(s);
    expect(s.replies).toEqual([{ type: 'ready' }]);
    s.send({ type: 'analyze', id: 1, text, options });
    s.send({ type: 'analyze', id: 2, text: '要抓落实。', options: {} });
    expect(s.replies.slice(1)).toEqual([
      { type: 'analysis', id: 1, analysis: analyze(text, options) },
      { type: 'analysis', id: 2, analysis: analyze('要抓落实。') },
    ]);
  });

  it('answers a malformed request that has an id with an error, and ignores one without', () => {
    const s = scope();
    serve(s);
    s.send({ type: 'analyze', id: 5, text: 42 });
    s.send('hello');
    s.send(null);
    expect(s.replies.slice(1)).toEqual([{ type: 'error', id: 5, name: 'TypeError', message: '请求格式不对' }]);
  });
});
