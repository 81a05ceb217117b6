import { toNeutronError } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { remoteError } from './remote-error';

describe('central errors seen through the agent', () => {
  it('keeps central type and message for catalogue types', () => {
    const { status, body } = toNeutronError(remoteError(404, { NeutronError: { type: 'PortNotFound', message: 'Port x could not be found.', detail: '' } }));
    expect([status, body.NeutronError.type, body.NeutronError.message]).toEqual([404, 'PortNotFound', 'Port x could not be found.']);
  });

  it('answers any other client error of central as a 400 with its message, never a 500', () => {
    for (const status of [405, 406, 408, 414, 415, 418, 431]) {
      const { status: mapped, body } = toNeutronError(remoteError(status, { NeutronError: { type: 'HTTPClientError', message: 'URI too long', detail: '' } }));
      expect([status, mapped, body.NeutronError.type, body.NeutronError.message]).toEqual([status, 400, 'BadRequest', 'URI too long']);
    }
    expect(toNeutronError(remoteError(414, undefined)).status).toBe(400);
  });

  it("turns central's NeutronError into the same type and message, and unknown types into the status's family", () => {
    const known = remoteError(409, { NeutronError: { type: 'MacAddressInUse', message: 'central says so', detail: '' } });
    expect([known.type, known.message, known.httpStatus]).toEqual(['MacAddressInUse', 'central says so', 409]);
    const unknown = remoteError(400, { NeutronError: { type: 'HTTPClientError', message: 'odd', detail: '' } });
    expect([unknown.type, unknown.message]).toEqual(['BadRequest', 'odd']);
    expect(remoteError(502, 'not json').httpStatus).toBe(500);
  });
});
