import type { AddressInfo } from 'node:net';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import sesLocal from 'aws-ses-v2-local';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesTransport } from '../../shared/adapters/ses/ses-transport';
import { composeAck } from '../../shared/acknowledgements/compose-ack';
import { TransportError } from '../../shared/errors';
import { parseEvent } from '../../shared/events/parse-event';
import e2020 from '../../events/lll-2020-01.json';

const event = parseEvent(e2020, 'e');
const ack = () =>
  composeAck({
    event,
    from: { address: event.inbox, name: 'Primăria Timișoara' },
    replyTo: 'rsvp+lll-2020-01@primarie.example.org',
    to: { address: 'ion@example.com', name: 'Ion' },
    lang: 'ro',
    kind: 'confirmed',
    text: { headcount: 1, speaker: null, deadline: 'miercuri, 15 ianuarie 2020', keptStatus: null, keptAt: null, forGuest: null, onBehalfOf: null },
    late: false,
    inReplyTo: '<r@example.com>',
    references: [],
    subject: 'Invitație',
    date: new Date('2020-01-13T09:00:00Z'),
  });

describe('SES transport against a wire-level SES stand-in (aws-ses-v2-local)', () => {
  let server: Awaited<ReturnType<typeof sesLocal>>;
  let endpoint: string;
  beforeAll(async () => {
    server = await sesLocal({ host: '127.0.0.1', port: 0 });
    if (!server.listening) await new Promise((r) => server.once('listening', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends the exact raw acknowledgement with SendRawEmail and returns the SES Message-ID', async () => {
    const ses = new SESClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    const mail = await ack();
    const sent = await createSesTransport(ses, { region: 'eu-west-1' }).send(mail);
    expect(sent.messageId).toMatch(/^<.+@eu-west-1\.amazonses\.com>$/);
    const store = (await (await fetch(`${endpoint}/store`)).json()) as { emails: { messageId: string; subject: string; from: string; destination: { to: string[] }; attachments: unknown[] }[] };
    const got = store.emails.at(-1)!;
    expect(sent.messageId).toBe(`<${got.messageId}@eu-west-1.amazonses.com>`);
    expect(got.subject).toBe('Re: Invitație');
    expect(got.destination.to.join(',')).toContain('ion@example.com');
    expect(got.from).toContain(event.inbox);
    expect(got.attachments).toHaveLength(1);
    ses.destroy();
  });
});

describe('SES throttling (fault injected with aws-sdk-client-mock)', () => {
  const throttling = Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: {} });

  it('retries with backoff and sends once', async () => {
    const ses = new SESClient({ region: 'eu-west-1' });
    const mock = mockClient(ses);
    mock.on(SendRawEmailCommand).rejectsOnce(throttling).rejectsOnce(throttling).resolves({ MessageId: 'abc' });
    const delays: number[] = [];
    const transport = createSesTransport(ses, { region: 'eu-west-1', sleep: async (ms) => void delays.push(ms) });
    const sent = await transport.send(await ack());
    expect(sent.messageId).toBe('<abc@eu-west-1.amazonses.com>');
    expect(mock.commandCalls(SendRawEmailCommand)).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(delays[1]!).toBeGreaterThan(delays[0]! * 0.9);
  });

  it('gives up with a retryable TransportError after the last attempt, and does not retry a refusal', async () => {
    const ses = new SESClient({ region: 'eu-west-1' });
    const mock = mockClient(ses);
    mock.on(SendRawEmailCommand).rejects(throttling);
    const transport = createSesTransport(ses, { region: 'eu-west-1', maxAttempts: 4, sleep: async () => undefined });
    const error = await transport.send(await ack()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).retryable).toBe(true);
    expect(mock.commandCalls(SendRawEmailCommand)).toHaveLength(4);

    mock.reset();
    mock.on(SendRawEmailCommand).rejects(Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected', $metadata: {} }));
    const refused = await transport.send(await ack()).catch((e: unknown) => e);
    expect((refused as TransportError).code).toBe('TRANSPORT_FAILED');
    expect(mock.commandCalls(SendRawEmailCommand)).toHaveLength(1);
  });
});
