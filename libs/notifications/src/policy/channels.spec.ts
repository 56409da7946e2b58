import { messagesFor, Recipient } from './channels';

const person = (over: Partial<Recipient> = {}): Recipient => ({
  id: 'u1',
  fullName: 'Lê Văn Tài',
  email: 'tai@example.test',
  phone: '0912345678',
  preferences: { email: true, sms: true, digest: false },
  ...over,
});

describe('the messages one reminder gives one person', () => {
  it('follows the person’s channels and digest choice', () => {
    expect(messagesFor('responsible', person())).toEqual([
      { recipientId: 'u1', channel: 'email', digest: false },
      { recipientId: 'u1', channel: 'sms', digest: false },
    ]);
    expect(
      messagesFor('responsible', person({ preferences: { email: true, sms: false, digest: true } })),
    ).toEqual([{ recipientId: 'u1', channel: 'email', digest: true }]);
  });

  it('skips a channel the person has no address for', () => {
    expect(messagesFor('responsible', person({ phone: null })).map((m) => m.channel)).toEqual(['email']);
  });

  it('always delivers an escalation, at once, whatever the preferences', () => {
    const leader = person({ preferences: { email: false, sms: false, digest: true } });
    expect(messagesFor('issuing_leader', leader)).toEqual([
      { recipientId: 'u1', channel: 'email', digest: false },
      { recipientId: 'u1', channel: 'sms', digest: false },
    ]);
  });
});
