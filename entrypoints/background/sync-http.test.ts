import { describe, expect, it, vi } from 'vitest';
import { ForeignUrlError, serverFetch, underBase } from './sync-http';

describe('the fetch bound to the team ledger server', () => {
  it('lets through the server’s own paths only', () => {
    expect(underBase('http://couch.intranet:5984/luoshi/_changes?since=0', 'http://couch.intranet:5984')).toBe(true);
    expect(underBase('http://h:5984/couchdb/_session', 'http://h:5984/couchdb')).toBe(true);
    expect(underBase('http://h:5984/couchdb', 'http://h:5984/couchdb')).toBe(true);
    expect(underBase('http://h:5984/couchdb2/x', 'http://h:5984/couchdb')).toBe(false);
    expect(underBase('http://h:5985/luoshi', 'http://h:5984')).toBe(false);
    expect(underBase('https://h:5984/luoshi', 'http://h:5984')).toBe(false);
    expect(underBase('http://evil.example/luoshi', 'http://h:5984')).toBe(false);
    expect(underBase('http://u:p@h:5984/luoshi', 'http://h:5984')).toBe(false);
    expect(underBase('not a url', 'http://h:5984')).toBe(false);
  });

  it('sends with the server’s cookies and no redirects, and refuses anything else before it leaves', async () => {
    const send = vi.fn<typeof fetch>(async () => new Response('{}'));
    const http = serverFetch('http://h:5984', send);
    await http('http://h:5984/luoshi', { method: 'GET' });
    expect(send).toHaveBeenCalledWith('http://h:5984/luoshi', { method: 'GET', credentials: 'include', redirect: 'error' });
    await expect(http('http://other.example/x')).rejects.toBeInstanceOf(ForeignUrlError);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
