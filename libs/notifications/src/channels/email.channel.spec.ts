import { classifySmtpError } from './email.channel';

const smtpError = (props: Record<string, unknown>) => Object.assign(new Error('smtp'), props);

describe('what an SMTP failure means for the delivery', () => {
  it('retries a server that says "later" (4xx) and gives up on one that says "never" (5xx)', () => {
    expect(
      classifySmtpError(smtpError({ code: 'EENVELOPE', responseCode: 451, command: 'RCPT TO' })).status,
    ).toBe('transient');
    expect(
      classifySmtpError(smtpError({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })).status,
    ).toBe('permanent');
    expect(
      classifySmtpError(smtpError({ code: 'EMESSAGE', responseCode: 552, command: 'DATA' })).status,
    ).toBe('permanent');
  });

  it('retries when the server was never reached', () => {
    expect(
      classifySmtpError(smtpError({ code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' })).status,
    ).toBe('transient');
  });

  it('reports "unknown", never retries, when the connection broke or timed out with the message maybe handed over', () => {
    expect(classifySmtpError(smtpError({ code: 'ETIMEDOUT', command: 'CONN' })).status).toBe('unknown');
    expect(classifySmtpError(smtpError({ code: 'ECONNECTION', command: 'CONN' })).status).toBe('unknown');
    expect(classifySmtpError(smtpError({ code: 'ESOCKET', originalCode: 'ECONNRESET' })).status).toBe(
      'unknown',
    );
  });
});
