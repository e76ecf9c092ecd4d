import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256.js';

describe('sha256', () => {
  it('gives the standard digest of a string, as UTF-8, in hex or base64', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abc', 'base64')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(sha256('é')).toBe(sha256(Buffer.from('é', 'utf8')));
  });

  it('hashes bytes as they are', () => {
    expect(sha256(new Uint8Array([0xff, 0x00]))).not.toBe(sha256('\u00ff\u0000'));
    expect(sha256(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
