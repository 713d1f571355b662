import { describe, expect, it } from 'vitest';
import { htmlToReplyText } from '../../../shared/understanding/trim-html';
import { trimReply } from '../../../shared/understanding/trim';

const fromHtml = (html: string) => trimReply({ text: null, html });
const INVITATION = '<p>Vă rugăm să confirmați participarea.</p><p>Cu stimă,<br>Primăria</p>';

describe('client quote markers', () => {
  it.each([
    [
      'Gmail div.gmail_quote with gmail_attr',
      `<div dir="ltr">Da, vin.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">În lun., 13 ian. 2020 la 09:12, Lavinia &lt;<a href="mailto:l@x.ro">l@x.ro</a>&gt; a scris:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex">${INVITATION}</blockquote></div>`,
    ],
    [
      'Outlook web #divRplyFwdMsg',
      `<div>Da, vin.</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>De la:</b> Lavinia<br><b>Trimis:</b> luni</div><div>${INVITATION}</div>`,
    ],
    ['Outlook web #appendonsend', `<div>Da, vin.</div><div id="appendonsend"></div><div>${INVITATION}</div>`],
    [
      'Outlook desktop header border',
      `<div class=WordSection1><p class=MsoNormal>Da, vin.<o:p></o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Lavinia</p></div>${INVITATION}</div>`,
    ],
    [
      'Outlook 2007 header border',
      `<p class=MsoNormal>Da, vin.</p><div style="border:none;border-top:solid #B5C4DF 1.0pt"><p><b>De la:</b> Lavinia</p></div>${INVITATION}`,
    ],
    [
      '<hr> above a From block',
      `<div>Da, vin.</div><hr><b>De la:</b> Lavinia<br><b>Trimis:</b> luni, 13 ianuarie 2020<br><b>Către:</b> Ion<br><b>Subiect:</b> Invitație<br>${INVITATION}`,
    ],
    [
      'Apple Mail blockquote type=cite',
      `<div>Da, vin.</div><div><br><blockquote type="cite">Pe 13 ian. 2020, la 09:12, Lavinia &lt;l@x.ro&gt; a scris:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">${INVITATION}</div></blockquote>`,
    ],
    [
      'Apple Mail attribution outside the blockquote',
      `<div>Da, vin.</div><div><br><div>Pe 13 ian. 2020, la 09:12, Lavinia &lt;l@x.ro&gt; a scris:</div><br class="Apple-interchange-newline"><blockquote type="cite">${INVITATION}</blockquote></div>`,
    ],
    [
      'Thunderbird moz-cite-prefix',
      `<p>Da, vin.</p><div class="moz-cite-prefix">Pe 13.01.2020 09:12, Lavinia Simion a scris:<br></div><blockquote type="cite" cite="mid:x@y">${INVITATION}</blockquote>`,
    ],
    ['Yahoo div.yahoo_quoted', `<div>Da, vin.</div><div id="yahoo_quoted_1" class="yahoo_quoted">${INVITATION}</div>`],
    ['Yahoo ydp…yahoo_quoted', `<div>Da, vin.</div><div class="ydp4f2a9c1byahoo_quoted">${INVITATION}</div>`],
    ['generic blockquote at the bottom', `<p>Da, vin.</p><blockquote>${INVITATION}</blockquote>`],
  ])('%s', (_client, html) => {
    expect(fromHtml(html)).toEqual({ text: 'Da, vin.', quoted: true, signature: null });
  });

  it('keeps the answer below a Thunderbird quote (bottom-posting)', () => {
    const html = `<div class="moz-cite-prefix">Pe 13.01.2020 09:12, Lavinia Simion a scris:<br></div><blockquote type="cite">${INVITATION}</blockquote><p>Vin și eu.</p>`;
    expect(fromHtml(html)).toEqual({ text: 'Vin și eu.', quoted: true, signature: null });
  });

  it('keeps an unmarked citation the person answers below', () => {
    expect(fromHtml('<blockquote>Veniți cu însoțitor?</blockquote><p>Nu.</p>').text).toBe('> Veniți cu însoțitor?\n\nNu.');
  });
});

describe('client signature markers', () => {
  it.each([
    ['Gmail div.gmail_signature', '<div dir="ltr">Confirm.<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Ion Popescu<br>Director</div></div>'],
    ['Outlook #Signature', '<div>Confirm.</div><div id="Signature"><p>Ion Popescu<br>Director</p></div>'],
    ['Thunderbird moz-signature', '<p>Confirm.</p><div class="moz-signature">-- <br>Ion Popescu<br>Director</div>'],
    ['Thunderbird pre.moz-signature', '<p>Confirm.</p><pre class="moz-signature" cols="72">Ion Popescu\nDirector</pre>'],
  ])('%s', (_client, html) => {
    expect(fromHtml(html)).toEqual({ text: 'Confirm.', quoted: false, signature: 'Ion Popescu\nDirector' });
  });

  it('cuts signature and quote together', () => {
    const html = `<div>Confirm.</div><div id="Signature">Ion Popescu<br>Director</div><div id="appendonsend"></div><div>${INVITATION}</div>`;
    expect(fromHtml(html)).toEqual({ text: 'Confirm.', quoted: true, signature: 'Ion Popescu\nDirector' });
  });
});

describe('HTML to text', () => {
  it.each([
    ['paragraphs', '<p>Unu</p><p>Doi</p>', 'Unu\n\nDoi'],
    ['line breaks', 'Unu<br>Doi<br><br>Trei', 'Unu\nDoi\n\nTrei'],
    ['Gmail divs and blank divs', '<div>Unu</div><div><br></div><div>Doi</div>', 'Unu\n\nDoi'],
    ['Outlook MsoNormal paragraphs', '<p class=MsoNormal>Unu<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Doi</p>', 'Unu\n\nDoi'],
    ['list items', '<p>Vom fi:</p><ul><li>Ion</li><li>Maria</li></ul>', 'Vom fi:\n\n- Ion\n- Maria'],
    ['blockquotes as "> " lines', '<p>Da</p><blockquote>Unu<br>Doi</blockquote><p>Gata</p>', 'Da\n\n> Unu\n> Doi\n\nGata'],
    ['white space collapsed', '<div>  Vin\n   și   eu  </div>', 'Vin și eu'],
    ['entities decoded', '<p>Ion &amp; Maria &lt;vin&gt;&nbsp;&#x219;i &#8222;eu&#8221;</p>', 'Ion & Maria <vin> și „eu”'],
    ['pre keeps its lines', '<pre>unu\n  doi</pre>', 'unu\n  doi'],
    ['head, style, script and comments skipped', '<html><head><title>T</title><style>p{}</style></head><body><!-- c --><p>Da</p><script>x()</script></body></html>', 'Da'],
    // Columns apart by a tab, as a plain-text table writes them: a table of participants is counted by its rows (h534_004).
    ['table cells', '<table><tr><td>Ion</td><td>vine</td></tr><tr><td>Maria</td><td>nu</td></tr></table>', 'Ion\tvine\nMaria\tnu'],
    ['unclosed paragraphs', '<p>Unu<p>Doi', 'Unu\n\nDoi'],
  ])('%s', (_name, html, text) => {
    expect(htmlToReplyText(html).text).toBe(text);
  });

  it('folds cedillas in HTML-only replies', () => {
    expect(fromHtml('<p>Mulţumesc, particip şi eu.</p>').text).toBe('Mulțumesc, particip și eu.');
  });

  it('uses the text part when there is one, the HTML when the text is empty', () => {
    expect(trimReply({ text: 'Din text.', html: '<p>Din HTML.</p>' }).text).toBe('Din text.');
    expect(trimReply({ text: ' \n', html: '<p>Din HTML.</p>' }).text).toBe('Din HTML.');
  });
});
