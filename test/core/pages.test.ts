import { describe, expect, it } from "vitest";
import { analyze, createPipeline, type AnalyzedDocument } from "@procmine/core";
import { countryExtractor } from "@procmine/extractors";

/** Invented prose: `n` hard-wrapped lines, each a piece of a sentence, the last one closing it. */
function prose(topic: string, n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n - 1; i++) lines.push(`${i === 0 ? "The" : "the"} delegations of the region reviewed ${topic} with care and`);
  lines.push(`agreed to report on ${topic} again.`);
  return lines.join("\n");
}

const kindOf = (d: AnalyzedDocument, raw: string, s: string) => d.blockAt(d.map.fromRaw(raw.indexOf(s)))?.kind;
const pageOf = (d: AnalyzedDocument, raw: string, s: string) => d.locate(raw.indexOf(s)).page;

/**
 * A three-page report as pdftotext writes it: a document symbol and a date at each page's head,
 * the page number over the page count and a print job number at its foot, a form feed after each page.
 */
function unReport(): string[] {
  const head = "S/2031/77\n\n03/05/2031\n\n";
  return [
    `S/2031/77\n\nUnited Nations\n\nSecurity Council\n\nI. Introduction\n\n1. Alphaborder opens the report. ${prose("maritime patrols", 20)}\n\n` +
      `2. Cocaine seizures rose. ${prose("seizures at sea", 12)}\n\n31-04417 (E)\n\n*3104417*\n\n`,
    `${head}II. Regional Cooperation\n\n3. Betaport follows. ${prose("border crossings", 18)}\n\n4. Gamma Bay closes the part. ${prose("the joint task force", 14)}\n\n2/3\n\n31-04417\n\n`,
    `${head}5. Deltaville opens the last page. ${prose("the judicial reforms", 16)}\n\n31-04417\n\n3/3\n\n`,
  ];
}

describe("pages from the document's own evidence", () => {
  it("reads a form feed as a page break, and the page furniture as running heads", () => {
    const raw = unReport().join("\f");
    const d = analyze(raw, { docId: "ff" });
    expect(d.structure.pageConvention).toBe("form_feed");
    expect(d.pageCount).toBe(3);
    expect([pageOf(d, raw, "Alphaborder"), pageOf(d, raw, "Betaport"), pageOf(d, raw, "Deltaville")]).toEqual([1, 2, 3]);
    for (const furniture of ["2/3", "31-04417\n", "03/05/2031", "*3104417*"]) expect(kindOf(d, raw, furniture)).toBe("running_head");
    // The symbol repeats at every page's head: a running head, never a heading.
    expect(d.sections.map((s) => s.pathText)).toEqual([
      "United Nations",
      "Security Council",
      "Security Council > I. Introduction",
      "Security Council > II. Regional Cooperation",
    ]);
  });

  it("finds the same pages from the page numbers of the feet when the form feeds are gone", () => {
    const raw = unReport().join("");
    const d = analyze(raw, { docId: "noff" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(3);
    // Page 1 has no number: it ends at its print job number and bar code.
    expect([pageOf(d, raw, "Alphaborder"), pageOf(d, raw, "Betaport"), pageOf(d, raw, "Gamma Bay"), pageOf(d, raw, "Deltaville")]).toEqual([1, 2, 2, 3]);
    expect(kindOf(d, raw, "2/3")).toBe("running_head");
    expect(d.sections.every((s) => !/\d\/\d|31-04417|2031/.test(s.pathText))).toBe(true);
  });

  it("finds both pages of a two-page letter whose only page number is the last page's `2/2`", () => {
    const first = `S/2031/90\n\nUnited Nations\n\nSecurity Council\n\nLetter dated 4 May 2031\n\n${prose("maritime patrols", 30)}\n\n31-05512 (E)\n\n*3105512*\n\n`;
    const second = `S/2031/90\n\nEpsilonport signs the letter. ${prose("the joint task force", 28)}\n\n2/2\n\n31-05512\n`;
    const raw = first + second;
    const d = analyze(raw, { docId: "letter" });
    expect(d.pageCount).toBe(2);
    expect([pageOf(d, raw, "maritime"), pageOf(d, raw, "Epsilonport")]).toEqual([1, 2]);
    // Without its page count the lone number is no evidence.
    const bare = raw.replace("2/2", "2");
    expect(analyze(bare, { docId: "bare" }).pageCount).toBe(1);
  });

  it("keeps a running foot set after its page number on that page, as the last page shows it", () => {
    // pdftotext sets a codebook's foot as its number, then the title and the date; the text ends with the last foot.
    const foot = (n: number) => `${n}\nHEMISPHERIC INCIDENT REGISTER CODEBOOK\n\n©INSTITUTE OF REGIONAL STUDIES\n\nMARCH 2031\n\n`;
    const pages = [1, 2, 3, 4, 5].map((n) => `Field ${n} opens the page. ${prose(`the coding of field ${n}`, 30)}\n${foot(n)}`);
    const raw = pages.join("");
    const d = analyze(raw, { docId: "codebook" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Field ${n} opens`))).toEqual([1, 2, 3, 4, 5]);
    // Each foot's own lines stand on its page, not on the next one.
    let at = 0;
    const footPages: number[] = [];
    for (let n = 1; n <= 5; n++) {
      at = raw.indexOf("©INSTITUTE", at + 1);
      footPages.push(d.locate(at).page);
    }
    expect(footPages).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads an excerpt's heads (`Pág 8` first, its title under it or above the left column) as heads that open their pages", () => {
    // A gazette's pages 8 to 13: on even pages the head's number comes first, its title under it;
    // on odd pages the extraction sets the number after the left column, the title first.
    const title = "Boletín Oficial Nº 31 — Viernes 3 de mayo del 2031";
    const names = ["", "", "", "", "", "", "", "", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];
    const pages = [8, 9, 10, 11, 12, 13].map((n) =>
      n % 2 === 0
        ? `Pág ${n}\n\n${title}\n\nTopic ${n} opens the page. ${prose(`the ${names[n]} notice`, 24)}\n\n`
        : `${title}\n\nTopic ${n} opens the page. ${prose(`the ${names[n]} notice`, 12)}\n\nPág ${n}\n\n${prose(`the ${names[n]} claim`, 12)}\n\n`,
    );
    const raw = pages.join("");
    const d = analyze(raw, { docId: "gazette" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect([8, 9, 10, 11, 12, 13].map((n) => pageOf(d, raw, `Topic ${n} opens`))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(["Bravo", "Delta", "Foxtrot"].map((name) => pageOf(d, raw, `reviewed the ${name} claim`))).toEqual([2, 4, 6]);
    expect(kindOf(d, raw, "Pág 9")).toBe("running_head");
  });

  it("still opens each page with lines that follow the numbers when text goes on after the last one (a running head)", () => {
    const head = "Regional Security Review of the Western Hemisphere 2031\n\n";
    const pages = [1, 2, 3, 4].map((n) => `${head}Topic ${n} opens the page. ${prose(`topic ${n}`, 30)}\n\n${n}\n\n`);
    const raw = `${pages.join("")}${head}Closing remarks. ${prose("the closing", 30)}\n`;
    const d = analyze(raw, { docId: "heads" });
    expect(d.pageCount).toBe(5);
    expect([2, 3, 4].map((n) => pageOf(d, raw, `Topic ${n} opens`))).toEqual([2, 3, 4]);
    expect(pageOf(d, raw, "Closing remarks")).toBe(5);
    // The head after each number opens the next page.
    expect(d.locate(raw.indexOf(head, raw.indexOf("\n\n1\n\n"))).page).toBe(2);
  });

  it("reads bare page numbers at each page's top, the first one the text's first line, as heads that open their pages", () => {
    // A council's minutes: `1` over the salutation, each later page opening with its number mid-sentence.
    const pages = [1, 2, 3, 4, 5].map((n) => `${n}\n\n${n === 1 ? "TO THE BOARD OF THE REGIONAL COUNCIL\n\n" : ""}Item ${n} goes on here. ${prose(`item ${n}`, 30)}\n\n`);
    const raw = pages.join("");
    const d = analyze(raw, { docId: "bare-heads" });
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Item ${n} goes`))).toEqual([1, 2, 3, 4, 5]);
    expect(pageOf(d, raw, "TO THE BOARD")).toBe(1);
  });

  it("reads bare page numbers at each page's top as heads when page 1 prints none and both ends say so", () => {
    // A court's judgment: page 1 (a shorter title block) prints no number; pages 2-6 open with
    // their bare number over a heading, and the last page's text follows its number.
    const topics = ["", "", "the harbour fees", "the customs seizure", "the river permits", "the border tolls", "the final claims"];
    const first = `Regional Court of Invented Rights\n\nCase of the Nineteen Traders\n\nJudgment of 3 May 2031\n\n${prose("the case's history", 14)}\n\n`;
    const body = (n: number, length: number) => `PART ${n}\n\nSection ${n} opens here. ${prose(topics[n]!, length)}`;
    const raw = first + [2, 3, 4, 5, 6].map((n) => `${n}\n\n${body(n, n === 6 ? 12 : 30)}\n\n`).join("");
    const d = analyze(raw, { docId: "bare-heads-from-2" });
    expect(d.pageCount).toBe(6);
    expect([2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Section ${n} opens`))).toEqual([2, 3, 4, 5, 6]);
    expect([2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `report on ${topics[n]} again`))).toEqual([2, 3, 4, 5, 6]);
    // Bare feet after a page 1 that prints its own: each number closes its page, as before.
    const feet = `${first}1\n\n${[2, 3, 4, 5, 6].map((n) => `${body(n, 30)}\n\n${n}\n\n`).join("")}`;
    const f = analyze(feet, { docId: "bare-feet" });
    expect([2, 3, 4, 5, 6].map((n) => pageOf(f, feet, `report on ${topics[n]} again`))).toEqual([2, 3, 4, 5, 6]);
  });

  it("counts a cover and its back outside a numbering that starts far in when the cover's first line stands again on the title page", () => {
    // A manual: a cover, its title page (the cover's first line again), a short foreword and a
    // contents list (their pages, and blank backs, leave little text), then pages 5-9 with bare feet.
    const build = (titleAgain: boolean) => {
      const cover = "MINISTRY OF WATERWAYS\nHANDBOOK OF RIVER PATROLS\n2031\n\n";
      const title = `${titleAgain ? "MINISTRY OF WATERWAYS" : "OFFICE OF THE DIRECTOR"}\nJOINT STAFF OF THE FLEET\nHANDBOOK OF RIVER PATROLS\nSecond Edition\n2031\n\n`;
      const foreword = `Foreword\n\n${prose("the handbook's purpose", 40)}\n\nAcknowledgments\n\n${prose("the crews who helped", 20)}\n\n`;
      const contents = "CONTENTS\n\nCHAPTER I - INTRODUCTION\nCHAPTER II - PATROLS\nCHAPTER III - SUPPLIES\nCHAPTER IV - REPORTS\nANNEX - ACRONYMS\n\n";
      const body = [5, 6, 7, 8, 9].map((n) => `Chapter page ${n} opens. ${prose(`river sector ${n}`, 26)}\n\n${n}\n\n`).join("");
      return cover + title + foreword + contents + body;
    };
    const raw = build(true);
    const d = analyze(raw, { docId: "cover-outside" });
    // Pages 1-2 the cover and its back, 3-6 the numbering's first four, then 7-11 printed 5-9.
    expect(d.pageCount).toBe(11);
    expect([5, 6, 7, 8, 9].map((n) => pageOf(d, raw, `Chapter page ${n} opens`))).toEqual([7, 8, 9, 10, 11]);
    // Without the title page repeating the cover's first line, nothing says where the numbering starts.
    const plain = build(false);
    const p = analyze(plain, { docId: "cover-plain" });
    expect(pageOf(p, plain, "Chapter page 9 opens")).not.toBe(11);
  });

  it("sets a cover and a contents page before page 1 when the contents' first entry is page 1 (minutes with `- n -` heads)", () => {
    const cover = "PERMANENT COUNCIL\n\nMINUTES OF THE SPECIAL SESSION\nHELD ON 3 MAY 2031\n\nApproved at the session of 9 June 2031\n\n";
    const contents =
      "CONTENTS\n\nPage\nList of the representatives present ........................................ 1\n" +
      "Situation in Alphaborder .................................................. 2\n[Recess]\nDraft resolution ............................................ 4\n\niii\n\n";
    const body = [1, 2, 3, 4, 5].map((n) => `${n > 1 ? `- ${n} -\n\n` : ""}Speaker ${n} takes the floor. ${prose(`item ${n}`, 30)}\n\n`).join("");
    const raw = cover + contents + body;
    const d = analyze(raw, { docId: "minutes" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(7);
    expect([pageOf(d, raw, "MINUTES OF"), pageOf(d, raw, "Situation in Alphaborder")]).toEqual([1, 2]);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Speaker ${n} `))).toEqual([3, 4, 5, 6, 7]);
    // Without the contents' title nothing shows where the cover ends: page 1 holds all before the body.
    const untitled = raw.replace("CONTENTS\n\n", "");
    const u = analyze(untitled, { docId: "untitled" });
    expect(pageOf(u, untitled, "Situation in Alphaborder")).toBe(pageOf(u, untitled, "MINUTES OF"));
  });

  it("keeps a contents list that shares page 1 with the text it lists on page 1 (no page of its own)", () => {
    const contents =
      "Hemispheric Corpus: a use case\nTechnical report 5\n\nContents\nSummary ........................ 1\n" +
      "Analysis ....................... 2\nClosing remarks ................ 3\n\n";
    // (The contents take some of page 1: its text is shorter than the other pages'.)
    const pages = [1, 2, 3].map((n) => `Part ${n} opens here. ${prose(`part ${n}`, n === 1 ? 30 : 40)}\n\n${n}\n\n`);
    const raw = contents + pages.join("");
    const d = analyze(raw, { docId: "shared-contents" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(3);
    expect([pageOf(d, raw, "Contents"), ...[1, 2, 3].map((n) => pageOf(d, raw, `Part ${n} opens`))]).toEqual([1, 1, 2, 3]);
  });

  it("sets an unnumbered cover before a contents page whose foot prints 1 (the contents open their own page)", () => {
    // A cover of short title lines, then a contents page whose entries' page numbers pdftotext set
    // on lines of their own, closed by `1`; then pages closed by 2, 3, 4: one behind the page.
    const names = ["Ana Lima", "Bruno Costa", "Carla Dias", "Davi Rocha", "Elena Souza", "Fabio Nunes", "Gina Prado", "Hugo Reis"];
    const cover = `REGIONAL SECURITY OBSERVATORY\n\nANNUAL WORKING PAPER\n\nPatrol records of the northern ports\n\n${names.join("\n")}\n\nMay 2031\n\n`;
    const entries = ["Scope of the paper", "Sources", "Seizures at sea", "Border crossings", "Joint task forces", "Courts", "Findings", "Annexes"];
    const contents = `Contents\n${entries.map((e, k) => `${k + 1}. ${e}\n\n${k + 2}\n`).join("\n")}\n1\n\n`;
    const pages = [1, 2, 3].map((n) => `Chapter ${n} opens here. ${prose(`chapter ${n}`, 34)}\n\n${n + 1}\n\n`);
    const raw = cover + contents + pages.join("");
    const d = analyze(raw, { docId: "working-paper" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([pageOf(d, raw, "ANNUAL WORKING"), pageOf(d, raw, "Contents"), ...[1, 2, 3].map((n) => pageOf(d, raw, `Chapter ${n} opens`))]).toEqual([1, 2, 3, 4, 5]);
    // Without the contents' title nothing shows where the cover ends: page 1 holds both.
    const untitled = raw.replace("Contents\n", "");
    const u = analyze(untitled, { docId: "untitled-paper" });
    expect(pageOf(u, untitled, "Seizures at sea")).toBe(pageOf(u, untitled, "ANNUAL WORKING"));
    // A contents list the text it lists follows on the same page, before the foot: one page with the title lines.
    const shared = raw.replace("\n1\n\nChapter 1", `\nA summary opens here. ${prose("the summary", 12)}\n\n1\n\nChapter 1`);
    const s = analyze(shared, { docId: "shared-paper" });
    expect([pageOf(s, shared, "Contents"), pageOf(s, shared, "A summary opens")]).toEqual([pageOf(s, shared, "ANNUAL WORKING"), 1]);
  });

  it("reads a report's running title with its page number as a foot that numbers the pages", () => {
    const pages = [1, 2, 3, 4].map((n) => `${prose(`topic ${n}`, 25)}\n\nHemispheric Security Review 2031 | ${n}\n`);
    const raw = `Chapter One\n\n${pages.join("\n")}`;
    const d = analyze(raw, { docId: "report" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `topic ${n}`))).toEqual([1, 2, 3, 4]);
    expect(kindOf(d, raw, "Hemispheric Security Review 2031 | 3")).toBe("running_head");
    expect(d.sections.map((s) => s.title)).toEqual(["Chapter One"]);
  });

  it("numbers pages from `Page n of N` heads", () => {
    const raw = [1, 2, 3].map((n) => `Page ${n} of 3\n\n${prose(`item ${n}`, 22)}\n`).join("\n");
    const d = analyze(raw, { docId: "heads" });
    expect(d.pageCount).toBe(3);
    expect([1, 2, 3].map((n) => pageOf(d, raw, `item ${n}`))).toEqual([1, 2, 3]);
    expect(d.sections).toEqual([]);
  });

  it("counts pages from page numbers alike when a long document is read window by window", () => {
    const pipeline = createPipeline({ extractors: [countryExtractor] });
    const countries = ["Peru", "Chile", "Brazil", "Uruguay", "Paraguay", "Bolivia", "Ecuador", "Colombia"];
    const raw = countries
      .map((c, k) => `A/99/PV.7\n\n${c} took the floor. ${prose(`agenda item ${k + 1}`, 30)}\n\n${k + 1}/${countries.length}\n\n31-00001\n\n`)
      .join("");
    const whole = pipeline.annotate(raw, { docId: "w" }).annotations.map((a) => [a.text, a.page]);
    const windows = [...pipeline.annotateStream(raw, { docId: "w", windowSize: 2500 })];
    expect(windows.length).toBeGreaterThan(3);
    expect(windows.flatMap((w) => w.annotations).map((a) => [a.text, a.page])).toEqual(whole);
    expect(whole).toEqual(countries.map((c, k) => [c, k + 1]));
  });

  it("reads chapter-page numbers (`IV-2`) as page numbers that start again in each chapter", () => {
    const feet = ["IV-1", "IV-2", "IV-3", "V-1", "V-2", "V-3"];
    const raw = feet.map((f, k) => `${prose(`report part ${k + 1}`, 24)}\n\n${f}\n\n`).join("");
    const d = analyze(raw, { docId: "chapters" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect(feet.map((_, k) => pageOf(d, raw, `report part ${k + 1} `))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(kindOf(d, raw, "V-2")).toBe("running_head");
  });

  it("counts pages by where their numbers stand when the numbering starts far in (`IV-122` on the first page)", () => {
    const raw = [122, 123, 124, 125].map((n, k) => `${prose(`program ${k + 1}`, 24)}\n\nIV-${n}\n`).join("\n");
    const d = analyze(raw, { docId: "slice" });
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((k) => pageOf(d, raw, `program ${k} `))).toEqual([1, 2, 3, 4]);
    // A foot closes its page: the number stands on the page it numbers.
    expect(pageOf(d, raw, "IV-122")).toBe(1);
  });

  it("closes front-matter pages numbered apart (`- ii -`) before the body's numbers", () => {
    const front = ["- i -", "- ii -"].map((f, k) => `${prose(`foreword ${k + 1}`, 24)}\n\n${f}\n\n`).join("");
    const body = [1, 2, 3].map((n) => `${prose(`chapter ${n}`, 24)}\n\n- ${n} -\n\n`).join("");
    const raw = front + body;
    const d = analyze(raw, { docId: "front" });
    expect(d.pageCount).toBe(5);
    expect(["foreword 1", "foreword 2", "chapter 1", "chapter 2", "chapter 3"].map((t) => pageOf(d, raw, `${t} `))).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads a foot whose number a symbol font's glyphs frame (`\\uF045 PÁGINA 2 \\uF044`) as a page number", () => {
    // pdftotext gives a symbol font's arrows as private-use characters: ornaments, not words.
    const page = (n: number) => `Universidad Inventada\n\n${prose(`asunto ${n}`, 22)}\n\n\uF023 MATERIA: REDES INVENTADAS \uF0E0\n\n\uF045 PÁGINA ${n} \uF044\n\n`;
    const raw = [1, 2, 3, 4].map(page).join("");
    const d = analyze(raw, { docId: "glyph-feet" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `asunto ${n} `))).toEqual([1, 2, 3, 4]);
    expect(kindOf(d, raw, "\uF045 PÁGINA 3")).toBe("running_head");
  });

  it("still reads a list whose items a symbol font's bullet opens (`\\uF0B7 Harbour patrols`) as text, no page marks", () => {
    const list = ["Harbour patrols", "Border crossings 2031", "Joint task force"].map((t) => `\uF0B7 ${t}`).join("\n");
    const raw = `${prose("the list", 12)}\n\n${list}\n\n${prose("the plan", 12)}\n`;
    const d = analyze(raw, { docId: "glyph-bullets" });
    expect(d.pageCount).toBe(1);
    expect(kindOf(d, raw, "\uF0B7 Border crossings")).not.toBe("running_head");
  });

  it("reads `Página n de N` feet and `Page iii` front-matter feet as page numbers", () => {
    const es = [1, 2, 3].map((n) => `${prose(`asunto ${n}`, 22)}\n\nPágina ${n} de 3\n`).join("\n");
    const d = analyze(es, { docId: "es" });
    expect(d.structure.pageConvention).toBe("footer");
    expect([1, 2, 3].map((n) => pageOf(d, es, `asunto ${n} `))).toEqual([1, 2, 3]);
    expect(kindOf(d, es, "Página 2 de 3")).toBe("running_head");
    const front = ["Page i", "Page ii"].map((f, k) => `${prose(`foreword ${k + 1}`, 24)}\n\n${f}\n\n`).join("");
    const body = [1, 2, 3].map((n) => `${prose(`chapter ${n}`, 24)}\n\nPage ${n}\n\n`).join("");
    const raw = front + body;
    const f = analyze(raw, { docId: "front" });
    expect(f.pageCount).toBe(5);
    expect(["foreword 1", "foreword 2", "chapter 1", "chapter 2", "chapter 3"].map((t) => pageOf(f, raw, `${t} `))).toEqual([1, 2, 3, 4, 5]);
    expect(kindOf(f, raw, "Page ii")).toBe("running_head");
  });

  it("reads sheet labels (`Hoja: n de N`, `Fl. n/N`) as page numbers, and a register's `Folha: 92` in the text as text", () => {
    // A budget table's sheet label at each page's head; the last page is short.
    const es = [1, 2, 3].map((n) => `R.A.F.A.M.\n\nHoja: ${n} de 3\n\n${prose(`partida ${n}`, n === 3 ? 4 : 22)}\n`).join("\n");
    const d = analyze(es, { docId: "hoja" });
    expect(d.pageCount).toBe(3);
    expect([1, 2, 3].map((n) => pageOf(d, es, `partida ${n} `))).toEqual([1, 2, 3]);
    expect(kindOf(d, es, "Hoja: 2 de 3")).toBe("running_head");
    const pt = [1, 2, 3].map((n) => `${prose(`processo ${n}`, 22)}\n\nFl. ${n}/3\n`).join("\n");
    const p = analyze(pt, { docId: "fl" });
    expect([1, 2, 3].map((n) => pageOf(p, pt, `processo ${n} `))).toEqual([1, 2, 3]);
    const register = `${prose("a portaria", 12)}\nLivro: 29\nFolha: 92\n\n${prose("o contrato", 12)}\n`;
    const r = analyze(register, { docId: "register" });
    expect(kindOf(r, register, "Folha: 92")).not.toBe("running_head");
  });

  it("opens a two-column page at its head when pdftotext set the page number after the left column", () => {
    const page = (n: number) => {
      const left = prose(`left ${n}`, 20);
      const right = prose(`right ${n}`, 20);
      if (n === 1) return `A/99/PV.1\n\nGeneral Assembly\n\n${left}\n\n${right}\n\n31-04417 (E)\n\n*3104417*\n\n`;
      // Even pages: the number after the left column, the job number at the foot; odd pages the other way round.
      return n % 2 === 0 ? `A/99/PV.1\n\n${left}\n\n${n}\n\n${right}\n\n31-04417\n\n` : `A/99/PV.1\n\n${left}\n\n31-04417\n\n${right}\n\n${n}\n\n`;
    };
    const raw = [1, 2, 3, 4, 5, 6].map(page).join("");
    const d = analyze(raw, { docId: "two-columns" });
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `right ${n} `))).toEqual([1, 2, 3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `left ${n} `))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("closes a two-column page at its job number when pdftotext set the page number after the left column and no head opens pages", () => {
    // A verbatim record: the heads are a date and a title (no furniture); odd pages glue the job
    // number to the page number at the foot, even pages set the number after the left column and
    // the job number alone after the right column, where the page ends.
    const page = (n: number) => {
      const left = prose(`left ${n}`, 20);
      const right = prose(`right ${n}`, 20);
      if (n === 1) return `S/PV.9999

Security Council

${left}

${right}

31-04417 (E)

*3104417*

`;
      return n % 2 === 0
        ? `03/05/2031

Maritime cooperation

${left}
${n}/8

${right}
31-04417

`
        : `Maritime cooperation

S/PV.9999

${left}

${right}

31-04417${n}/8

`;
    };
    const raw = [1, 2, 3, 4, 5, 6, 7, 8].map(page).join("");
    const d = analyze(raw, { docId: "job-number-closes" });
    expect(d.pageCount).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pageOf(d, raw, `right ${n} `))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pageOf(d, raw, `left ${n} `))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // A job number that no foot carries (glued or beside it) closes nothing: the right column
    // after a mid-page number goes to the next page, as before.
    const loose = raw.replace(/31-04417(\d)\/8/g, "$1/8").replace(/\n31-04417\n/g, "\n77-12345\n");
    expect(pageOf(analyze(loose, { docId: "loose-job-number" }), loose, "right 2 ")).toBe(3);
  });

  it("opens a table page at the head that stands alone between two feet, however far the page number stands from the page's end", () => {
    // A report whose table pages pdftotext reads column by column: the page number comes out after
    // the first column, far from the page's end; the symbol at each page's head still opens it.
    const cells = (label: string, n: number) => Array.from({ length: n }, (_, i) => `${label} cell ${i}`).join("\n");
    const head = "S/2031/77\n";
    const foot = (n: number) => (n % 2 === 0 ? `${n}/7\n\n31-04417\n\n` : `31-04417\n\n${n}/7\n\n`);
    const text = (n: number) => `${head}\n${n}. Region ${n} opens this page. ${prose(`topic ${n}`, 30)}\n\n${foot(n)}`;
    // Page 4 sets its number after its first column; page 5 closes with its foot, the head right
    // after it, and page 6 sets its number among its cells again, close enough that page 5's foot
    // reaches the same first long line past the cells as page 6's does: the head, not that line, opens page 6.
    const table = (n: number, numberAmongCells: boolean, measures = 28) =>
      `${head}Benchmark\n\n${cells(`goal ${n}`, 6)}\n\n${numberAmongCells ? `${n}/7\n\n` : ""}Indicator\n\n${cells(`measure ${n}`, measures)}\n\n` +
      `The indicator counts ${["", "", "", "", "harbour", "prison", "court"][n]} officers trained in the region.\n\n${numberAmongCells ? "31-04417\n\n" : foot(n)}`;
    const first = `${head}\nUnited Nations\n\nSecurity Council\n\n1. Alphaborder opens the report. ${prose("maritime patrols", 30)}\n\n31-04417 (E)\n\n*3104417*\n\n`;
    const raw = first + text(2) + text(3) + table(4, true) + table(5, false) + table(6, true, 8) + text(7).replace("31-04417\n\n7/7\n\n", "31-04417\n\n7/7\n");
    const d = analyze(raw, { docId: "table-pages" });
    expect(d.pageCount).toBe(7);
    expect(["goal 4 cell 0", "measure 4 cell 27", "harbour officers", "goal 5 cell 0", "measure 5 cell 0", "goal 6 cell 0", "measure 6 cell 7", "court officers", "Region 7"].map((t) => pageOf(d, raw, t))).toEqual([4, 4, 4, 5, 5, 6, 6, 6, 7]);
  });

  it("keeps a two-column page's right column on its page when the head after it is the next page's (one head between two feet)", () => {
    // The ordinary case the rule above must not move: each number follows its page's text, the head opens the next.
    const head = "S/2031/77\n\n";
    const raw = [1, 2, 3, 4].map((n) => `${head}${n}. Region ${n} opens this page. ${prose(`topic ${n}`, 30)}\n\n${n}/4\n\n31-04417\n\n`).join("");
    const d = analyze(raw, { docId: "plain-pages" });
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `Region ${n} `))).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `topic ${n} again`))).toEqual([1, 2, 3, 4]);
    // A last page (a chart) whose head pdftotext set after its text, right over its number: the text stays on it.
    const chart = `${raw.slice(0, raw.indexOf("S/2031/77", raw.indexOf("3/4")))}Organization chart of the mission\n\n31-04417\n\n${head}4/4\n\nAnnex to the report\n`;
    expect(pageOf(analyze(chart, { docId: "chart-page" }), chart, "Organization chart")).toBe(4);
  });

  it("counts a cover and a summary page before front matter numbered from `Page i` by where its first foot stands", () => {
    const cover = `Office of Invented Audits\n\nReport to the Assembly\n\n${["HARBOR", "DEFENSE", "Patrol Efforts", "Would Gain", "From Planning"].join("\n")}\n\n${prose("the cover", 6)}\n\n`;
    const summary = `Summary\n\n${prose("the summary", 24)}\n\n`;
    const front = ["Page i", "Page ii"].map((f, k) => `${prose(`foreword ${k + 1}`, 24)}\n\n${f}\n\n`).join("");
    const body = [1, 2, 3].map((n) => `${prose(`chapter ${n}`, 24)}\n\nPage ${n}\n\n`).join("");
    const raw = cover + summary + front + body;
    const d = analyze(raw, { docId: "cover-front" });
    expect(d.pageCount).toBe(7);
    const at = ["the cover", "the summary", "foreword 1", "foreword 2", "chapter 1", "chapter 2", "chapter 3"].map((t) => pageOf(d, raw, `${t} `));
    expect(at).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("opens unnumbered pages at a banner set at every page's head and foot, and goes on across a numbering that starts again", () => {
    const banner = "OPEN DISTRIBUTION";
    // Each page: the banner at its head, its text, its number (if any), the banner at its foot.
    const page = (body: string, foot = "") => `${banner}\n\n${body}\n\n${foot ? `${foot}\n\n` : ""}${banner}\n\n`;
    const cover = `Budget Exhibits\n\nFiscal Year 2040\n\n`;
    const one = ["maritime patrols", "border crossings", "harbor radars"];
    const two = ["training ranges", "depot repairs", "fuel stocks"];
    const pages = [
      page(`Preface. ${prose("the preface", 8)}`),
      page("THIS PAGE LEFT BLANK"),
      ...one.map((t, k) => page(prose(t, 24), `Page ${k + 1}`)),
      page("THIS PAGE LEFT BLANK"),
      ...two.map((t, k) => page(prose(t, 24), `Page ${k + 1}`)),
    ];
    const raw = cover + pages.join("");
    const d = analyze(raw, { docId: "banner" });
    expect(d.structure.pageConvention).toBe("footer");
    const parts = ["the preface", ...one, ...two];
    expect(parts.map((t) => pageOf(d, raw, `${t} `))).toEqual([2, 4, 5, 6, 8, 9, 10]);
  });

  it("goes on across a second part whose heads number its pages again from 2 (its page 1 a title page), each part under its own running title", () => {
    // A brief whose heads carry `Page n`, then its data tables bound in: an unnumbered title page,
    // then heads of their own title over `Page 2`, `Page 3`... No form feeds.
    const brief = ["arrest trends", "court delays", "jail terms", "drug seizures"].map((t, k) => `Harbor Brief, No. 7\n\nPage ${k + 1}\n\n${prose(t, 30)}\n\n`);
    const title = `Harbor Tables\n\nData for the Harbor Brief\n\n${prose("the tables' sources", 20)}\n\n`;
    const tables = ["cocaine rates", "heroin rates", "opioid rates", "fentanyl rates"].map(
      (t, k) => `Harbor Tables, No. 7\n\nDepartment of Harbor Health\n\nPage ${k + 2}\n\n${prose(t, 30)}\n\n`,
    );
    const raw = brief.join("") + title + tables.join("");
    const d = analyze(raw, { docId: "restart" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(9);
    const at = ["arrest trends", "court delays", "jail terms", "drug seizures", "cocaine rates", "heroin rates", "opioid rates", "fentanyl rates"];
    expect(at.map((t) => pageOf(d, raw, `${t} `))).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    // Each page opens at its own part's running title over its number: the brief's, then the tables'.
    expect(pageOf(d, raw, "Harbor Brief, No. 7\n\nPage 3")).toBe(3);
    expect(pageOf(d, raw, "Department of Harbor Health\n\nPage 3")).toBe(7);
    // The title page opens at the part's name, which the part's heads repeat.
    expect(pageOf(d, raw, "Harbor Tables\n\nData for")).toBe(5);
  });

  it("reads a layout-preserving foot whose parts stand apart (`MANUAL      - 2 -      REV.2`)", () => {
    const raw = [1, 2, 3].map((n) => `${prose(`section ${n}`, 24)}\n\nFIELD MANUAL                 - ${n} -                 REV.2\n\n`).join("");
    const d = analyze(raw, { docId: "apart" });
    expect(d.structure.pageConvention).toBe("footer");
    expect([1, 2, 3].map((n) => pageOf(d, raw, `section ${n} `))).toEqual([1, 2, 3]);
    expect(kindOf(d, raw, "FIELD MANUAL                 - 2 -")).toBe("running_head");
  });

  it("reads page numbers in a gazette's running heads as heads: each opens its page", () => {
    // Page 1 is the summary, unnumbered; every later page opens with the title, its number and the
    // date (number and date swap places on odd pages); the last page holds a full page of text.
    const head = (n: number) =>
      n % 2 === 0 ? `Official Bulletin of Alphaland\n\nPAGE ${n}\n\nNo. 12, Tuesday, 4 March 2031` : `Official Bulletin of Alphaland\n\nNo. 12, Tuesday, 4 March 2031\n\nPAGE ${n}`;
    const pages = [1, 2, 3, 4, 5].map((n) => `${n === 1 ? "SUMMARY" : head(n)}\n\n${prose(`decree ${n}`, 30)}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "gazette" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `decree ${n} `))).toEqual([1, 2, 3, 4, 5]);
    expect(pageOf(d, raw, "PAGE 3")).toBe(3);
    expect(kindOf(d, raw, "PAGE 4")).toBe("running_head");
    // Each page opens at its running title, above the number and the date.
    const title = (n: number) => `Official Bulletin of Alphaland\n\n${n % 2 ? `No. 12, Tuesday, 4 March 2031\n\nPAGE ${n}` : `PAGE ${n}`}`;
    expect([2, 3, 4, 5].map((n) => pageOf(d, raw, title(n)))).toEqual([2, 3, 4, 5]);
  });

  it("reads a gazette's heads with a glyph between title and number (`... nº 1.482 ◼ 2`) as heads, and its running foot as the page before's", () => {
    // Page 1 is the cover; every later page opens with the date, then the title, its issue number
    // and the page number after a square glyph, then a section title of that page alone; every
    // page, the last too, closes with the gazette's address and a notice.
    const foot = "www.alphaland.example\nThis bulletin is free and may be checked online\n\n";
    const titles = ["", "DECREES OF THE COUNCIL", "NOTICES OF THE HARBOUR", "RULINGS OF THE COURT", "EDICTS OF THE MAYOR", "ERRATA OF THE BOARD"];
    const pages = [1, 2, 3, 4, 5, 6].map(
      (n) =>
        `${n === 1 ? "Year IX of the Bulletin\n\nNº 1.482" : `Tuesday, 4 March 2031\n\nDiário Oficial do Tribunal de Alphaland nº 1.482 ◼ ${n}\n\n${titles[n - 1]}`}\n\nDecree ${n} opens the page. ${prose(`decree ${n}`, 30)}\n\n${foot}`,
    );
    const raw = pages.join("");
    const d = analyze(raw, { docId: "glyph-gazette" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Decree ${n} opens`))).toEqual([1, 2, 3, 4, 5, 6]);
    // Each page opens at its date; the address over it closes the page before.
    expect([2, 3, 4, 5, 6].map((n) => d.locate(raw.indexOf(`Tuesday, 4 March 2031\n\nDiário Oficial do Tribunal de Alphaland nº 1.482 ◼ ${n}`)).page)).toEqual([2, 3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5].map((n) => d.locate(raw.indexOf("www.alphaland.example", raw.indexOf(`Decree ${n} opens`))).page)).toEqual([1, 2, 3, 4, 5]);
    expect(kindOf(d, raw, "Diário Oficial do Tribunal de Alphaland nº 1.482 ◼ 4")).toBe("running_head");
  });

  it("reads such a head set beside the date by a layout-preserving extraction (`Tuesday ...      Diário Oficial ... ◼ 3`) as a head", () => {
    const pages = [1, 2, 3, 4, 5].map(
      (n) =>
        `${n === 1 ? "Year IX of the Bulletin" : `Tuesday, 14 March 2031                                       Diário Oficial do Tribunal de Contas de Alphaland nº 1.482 ◼ ${n}`}\n\nDecree ${n} opens the page. ${prose(`decree ${n}`, 30)}\n\n`,
    );
    const raw = pages.join("");
    const d = analyze(raw, { docId: "glyph-gazette-layout" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Decree ${n} opens`))).toEqual([1, 2, 3, 4, 5]);
    // (Date and title together run longer than a title: only the title's part is the head.)
    expect(kindOf(d, raw, "Tuesday, 14 March 2031                                       Diário Oficial do Tribunal de Contas de Alphaland nº 1.482 ◼ 3")).toBe("running_head");
  });

  it("reads a gazette excerpt's first number (`Pág. 1518`) under a banner that stands over every page's number as page 1's head", () => {
    // An excerpt numbered far in: each page opens with the bulletin's banner (title, issue, date)
    // and then its number; page 1's banner holds one line more, and the last page is short.
    const banner = "Official Bulletin of Alphaland\n\nNo. 92\n\nMonday 15 April 2031";
    const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    const pages = names.map((name, k) => {
      const head = k === 0 ? banner.replace("\n\nNo. 92", "\n\nYEAR CCCLXIV\n\nNo. 92") : banner;
      return `${head}\n\nPág. ${1518 + k}\n\nNotice ${name} opens the page. ${prose(`the ${name} notice`, k === names.length - 1 ? 6 : 30)}\n`;
    });
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "gazette-far-in" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(names.map((name) => pageOf(d, raw, `Notice ${name} opens`))).toEqual([1, 2, 3, 4, 5]);
    expect(pageOf(d, raw, "Pág. 1519")).toBe(2);
  });

  it("still reads page numbers as feet when a running foot stands over each of them and page 1 holds its text above its number", () => {
    const names = ["Alpha", "Bravo", "Charlie", "Delta"];
    const pages = names.map((name, k) => `Notice ${name} opens the page. ${prose(`the ${name} notice`, 30)}\n\nRegional Security Review 2031\n\nPág. ${k + 1}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "feet-under-title" });
    expect(d.pageCount).toBe(4);
    expect(names.map((name) => pageOf(d, raw, `Notice ${name} opens`))).toEqual([1, 2, 3, 4]);
    expect(pageOf(d, raw, "Pág. 2")).toBe(2);
  });

  it("reads a layout-preserving running title with its number (`2      Official Bulletin`) as a head when both ends say so", () => {
    // Page 1 is unnumbered; each later page opens with its number set far left of the bulletin's
    // title, the first of them about a page down, and a full page of text follows the last one.
    const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    const pages = names.map((name, k) => `${k === 0 ? "SUMMARY" : `${k + 1}            Official Bulletin of Vila Nova`}\n\nDecree ${name} opens the page. ${prose(`the ${name} decree`, 30)}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "titled-heads" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(names.map((name) => pageOf(d, raw, `Decree ${name} opens`))).toEqual([1, 2, 3, 4, 5]);
  });

  it("still reads a layout-preserving running title with its number as a foot when the last page ends with it", () => {
    const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    const pages = names.map((name, k) => `Decree ${name} opens the page. ${prose(`the ${name} decree`, 30)}\n\nOfficial Bulletin of Vila Nova            ${k + 1}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "titled-feet" });
    expect(d.pageCount).toBe(5);
    expect(names.map((name) => pageOf(d, raw, `Decree ${name} opens`))).toEqual([1, 2, 3, 4, 5]);
    expect(pageOf(d, raw, "Vila Nova            2")).toBe(2);
  });

  it("opens a gazette's page at its running title when pdftotext set that page's number further down", () => {
    const head = "Official Bulletin of Alphaland\n\nNo. 12, Tuesday, 4 March 2031";
    // Page 4's number comes after its first lines of text, not in its head.
    const page = (n: number) =>
      n === 4
        ? `${head}\n\nMotion ${n} opens the page.\n${prose(`decree ${n}`, 8)}\n\nPAGE ${n}\n\n${prose(`rule ${n}`, 22)}\n`
        : `${head}\n\nPAGE ${n}\n\nMotion ${n} opens the page.\n${prose(`decree ${n}`, 8)}\n${prose(`rule ${n}`, 22)}\n`;
    const raw = [`SUMMARY\n\n${prose("decree 1", 30)}\n`, ...[2, 3, 4, 5].map(page)].join("\n");
    const d = analyze(raw, { docId: "gazette-apart" });
    expect([2, 3, 4, 5].map((n) => pageOf(d, raw, `Motion ${n} opens`))).toEqual([2, 3, 4, 5]);
  });


  it("reads a layout-preserving foot whose page number stands far right of the report's title (`Coca Monitoring – Phase II 2031      3`)", () => {
    const gap = (n: number) => " ".repeat(40 + 7 * n);
    const foot = (n: number) => `Coca Monitoring of the Mobile Teams – Phase II 2031${gap(n)}${n}`;
    const head = "      Integrated Monitoring Project for the Border Regions";
    const raw = [1, 2, 3, 4, 5].map((n) => `${head}\n\nTopic ${n} opens the page. ${prose(`the survey of area ${"ABCDE"[n - 1]}`, 26)}\n\n\n${foot(n)}\n`).join("");
    const d = analyze(raw, { docId: "titled-foot" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Topic ${n} opens`))).toEqual([1, 2, 3, 4, 5]);
    expect(kindOf(d, raw, foot(3))).toBe("running_head");
  });

  it("keeps a layout-preserving table's rows of a label and a figure as text, not page numbers", () => {
    const rows = ["North Province", "River Valley", "Coastal Plain", "High Plateau", "Eastern Forest"].map((label, k) => `      ${label}${" ".repeat(30 - label.length)}${k + 2}`);
    // The table opens page 2, its rows among the page's edge lines.
    const raw = `${prose("the provinces", 20)}\n\f${rows.join("\n")}\n\n${prose("the posts", 20)}\n\f${prose("the budget", 20)}\n`;
    const d = analyze(raw, { docId: "table" });
    expect(d.pageCount).toBe(3);
    for (const row of rows) expect(kindOf(d, raw, row.trim())).not.toBe("running_head");
  });

  it("reads a layout-preserving head set across the page, its number at one edge (`PAGE 2      Official Bulletin      No. 12`)", () => {
    const gap = " ".repeat(60);
    const head = (n: number) => (n % 2 === 0 ? `PAGE ${n}${gap}Official Bulletin of Alphaland${gap}No. 12, Tuesday, 4 March 2031` : `No. 12, Tuesday, 4 March 2031${gap}Official Bulletin of Alphaland${gap}PAGE ${n}`);
    const pages = [1, 2, 3, 4, 5].map((n) => `${n === 1 ? "SUMMARY" : head(n)}\n\n${prose(`decree ${n}`, 30)}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "gazette-layout" });
    expect(d.structure.pageConvention).toBe("footer");
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `decree ${n} `))).toEqual([1, 2, 3, 4, 5]);
    expect(kindOf(d, raw, "PAGE 4")).toBe("running_head");
  });

  it("reads bare numbers as feet when alternating running heads follow every number but the last, however short the front matter", () => {
    // A discussion paper: a cover, its title page (the cover's first line again), a colophon, a
    // short contents list and an abstract (little text for six pages), then pages printed 7 to 14
    // whose bare feet are each followed by the next page's running head, two heads in turn, and
    // after the last foot a back cover with no head.
    const headOf = (n: number) => (n % 2 === 1 ? "Working Paper\nSeries 17" : "Capital City, May 2031");
    const cover = "RIVER PATROLS AND HARBOR SAFETY\nAna Lima\nBruno Costa\n\n";
    const title = "RIVER PATROLS AND HARBOR SAFETY\nWorking Paper Series 17\nCapital City, May 2031\n\n";
    const colophon = `Office of Invented Studies\n\n${prose("the board of the office", 40)}\n\n`;
    const contents = "CONTENTS\n\n1 INTRODUCTION......................7\n2 PATROLS......................9\n3 CLOSING......................13\n\n";
    const abstract = `ABSTRACT\n\n${prose("the abstract", 20)}\n\n`;
    const body = [7, 8, 9, 10, 11, 12, 13, 14].map((n) => `${headOf(n)}\n\nSection ${n} opens. ${prose(`sector ${n}`, 30)}\n\n${n}\n\n`).join("");
    const back = `Office of Invented Studies\n\n${prose("the office's mission", 30)}\n`;
    const raw = cover + title + colophon + contents + abstract + body + back;
    const d = analyze(raw, { docId: "short-front" });
    expect(d.structure.pageConvention).toBe("footer");
    // Read as heads, `7` would open the page that it closes: every page would run one early.
    // Read as feet, the cover rule counts the cover and its back outside the numbering: page p is p + 2.
    expect([7, 8, 9, 10, 11, 12, 13, 14].map((n) => pageOf(d, raw, `Section ${n} opens`))).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect([7, 8, 14].map((n) => pageOf(d, raw, `sector ${n} again`))).toEqual([9, 10, 16]);
    expect(pageOf(d, raw, "the office's mission with care")).toBe(17);
  });

  it("reads bare numbers as heads when a running title stands next to each, alternating over and under it", () => {
    // A book chapter: an unnumbered first page (title block, abstract, text), then pages printed 2
    // to 8 whose head is the author's running title over the number on even pages and the number
    // over the book's title on odd ones, and a last page of references after its head.
    const headOf = (n: number) => (n % 2 === 0 ? `Rivera: Harbor Patrols in Invented Bay\n\n${n}\n\n` : `${n}\n\nInvented Studies Reader\n\n`);
    const first = `Harbor Patrols in\nInvented Bay\nAna Rivera | Invented University\nAbstract: ${prose("the chapter", 6)}\n\n${prose("the first page", 24)}\n\n`;
    const topics = ["", "", "piers", "tides", "ferries", "lighthouses", "dredging", "moorings", "customs"];
    const body = [2, 3, 4, 5, 6, 7, 8].map((n) => `${headOf(n)}Section ${n} opens. ${prose(`the ${topics[n]}`, 34)}\n\n`).join("");
    const raw = first + body;
    const d = analyze(raw, { docId: "beside-heads" });
    expect(d.structure.pageConvention).toBe("footer");
    // Read as feet, every number would close the page it opens: each page would run one behind.
    expect([2, 3, 4, 5, 6, 7, 8].map((n) => pageOf(d, raw, `Section ${n} opens`))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(["piers", "tides", "customs"].map((t) => pageOf(d, raw, `the ${t} again`))).toEqual([2, 3, 8]);
    expect(pageOf(d, raw, "the first page again")).toBe(1);
  });

  it("keeps reading page numbers as feet when a cover makes the first page short", () => {
    // A short cover page, then pages whose feet carry `- n -`, and nothing after the last foot.
    const pages = [1, 2, 3, 4, 5].map((n) => `${prose(`chapter ${n}`, n === 1 ? 8 : 30)}\n\n- ${n} -\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "feet" });
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `chapter ${n} `))).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads a mirrored layout-preserving foot as one numbering (`2      31-04417` on even pages, `31-04417      3` on odd ones)", () => {
    const gap = " ".repeat(150);
    const foot = (n: number) => (n % 2 === 0 ? `${n}${gap}31-04417` : `31-04417${gap}${n}`);
    const pages = [1, 2, 3, 4, 5, 6].map((n) => `${prose(`clause ${n}`, 30)}\n\n${n === 1 ? "31-04417 (E)" : foot(n)}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "mirrored" });
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `clause ${n} `))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("places unnumbered pages before the first page number when that number stands where its page is", () => {
    // Four full pages with no number read (a paper's glued to a word), then feet `- 5 -` to `- 8 -`.
    const pages = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${prose(`motion ${n}a`, 12)}\nMotion ${n} stands here.\n${prose(`motion ${n}b`, 16)}\n\n${n >= 5 ? `- ${n} -` : ""}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "lead" });
    expect(d.pageCount).toBe(8);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("reads a running foot with its own words around the number (`Boletim 12 - Página 3`), and its numberless first foot as a page", () => {
    // A contents page whose foot prints no number, then pages whose feet print 1, 2, 3, 4: one behind the page.
    const foot = (n: number | "") => `Boletim Municipal de Vila Nova\nBoletim 12 - Página${n === "" ? "" : ` ${n}`}\n`;
    const head = "Quarta-feira, 3 de Maio de 2034 - Boletim n° 12\n";
    const contents = `${head}DECRETOS ........................ 1\nPORTARIAS ........................ 3\n\n${foot("")}`;
    const pages = [1, 2, 3, 4].map((n) => `${head}${prose(`decree ${n}a`, 14)}\nDecree ${n} stands here.\n${prose(`decree ${n}b`, 14)}\n\n${foot(n)}`);
    const raw = [contents, ...pages].join("\n");
    const d = analyze(raw, { docId: "gazette" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(pageOf(d, raw, "DECRETOS")).toBe(1);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `Decree ${n} stands`))).toEqual([2, 3, 4, 5]);
    expect(kindOf(d, raw, "Boletim 12 - Página 2")).toBe("running_head");
  });

  it("reads a running foot set on the line above a bare page number (`Hemispheric Research Office`, then `3`), standing alone on front pages, as closing those pages", () => {
    // A cover that names the office at its foot, a summary page and a contents page whose feet print
    // no number, then pages numbered 1 to 6: three behind the page.
    const head = "Border Patrols and Veterans: A Review\n\n";
    const foot = (n: number | "") => `Hemispheric Research Office\n\n${n === "" ? "" : `${n}\n\n`}`;
    const cover = "Border Patrols and Veterans\nA Review of the Year\nMarch 3, 2031\n\nHemispheric Research Office\nhttps://reports.example.org\n\n";
    const summary = `SUMMARY\n${prose("the summary", 30)}\n\n${foot("")}`;
    const contents = `${head}Contents\nIntroduction ........................ 1\nFindings ........................ 3\n\n${foot("")}`;
    const pages = [1, 2, 3, 4, 5, 6].map((n) => `${head}${prose(`finding ${n}a`, 16)}\nFinding ${n} stands here.\n${prose(`finding ${n}b`, 16)}\n\n${foot(n)}`);
    const raw = [cover, summary, contents, ...pages].join("");
    const d = analyze(raw, { docId: "review" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(9);
    expect([pageOf(d, raw, "A Review of the Year"), pageOf(d, raw, "SUMMARY"), pageOf(d, raw, "Contents")]).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Finding ${n} stands`))).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it("still numbers a report from its first foot when its foot words stand above every number and nowhere before", () => {
    const pages = [1, 2, 3, 4].map((n) => `${prose(`finding ${n}a`, 14)}\nFinding ${n} stands here.\n${prose(`finding ${n}b`, 14)}\n\nHemispheric Research Office\n\n${n}\n\n`);
    const raw = pages.join("");
    const d = analyze(raw, { docId: "plain-office" });
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `Finding ${n} stands`))).toEqual([1, 2, 3, 4]);
  });

  it("still numbers a report from its first foot when no numberless foot stands before it (`Annual Review - Page 1`)", () => {
    const pages = [1, 2, 3, 4].map((n) => `${prose(`motion ${n}a`, 14)}\nMotion ${n} stands here.\n${prose(`motion ${n}b`, 14)}\n\nAnnual Review - Page ${n}\n`);
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "plain" });
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4]);
  });

  it("reads a proceedings paper: a cover before its title page, feet of three parts numbered from 1201 on alternating sides", () => {
    const gap = " ".repeat(40);
    const foot = (n: number) => (n % 2 === 1 ? `Harbor Association${gap}9th Maritime Security Forum${gap}${n}` : `${n}${gap}9th Maritime Security Forum${gap}Harbor Association`);
    const cover = "Tracing the Reef Smugglers\nA. Author and B. Author, Alphaland Naval College\n\nThis paper is included in the Proceedings of the\n9th Maritime Security Forum\n";
    const pages = [1201, 1202, 1203, 1204].map((n, k) => `${k === 0 ? "Tracing the Reef Smugglers\n\n" : ""}${prose(`clause ${n}a`, 14)}\nClause ${n} stands here.\n${prose(`clause ${n}b`, 14)}\n\n${foot(n)}\n`);
    const raw = [cover, ...pages].join("\n");
    const d = analyze(raw, { docId: "proceedings" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect(pageOf(d, raw, "This paper")).toBe(1);
    expect([1201, 1202, 1203, 1204].map((n) => pageOf(d, raw, `Clause ${n} stands`))).toEqual([2, 3, 4, 5]);
    expect(kindOf(d, raw, foot(1202))).toBe("running_head");
  });

  it("adds no cover page for a title that stands again when the numbering starts at 1", () => {
    const pages = [1, 2, 3, 4].map((n, k) => `${k === 0 ? "Tracing the Reef Smugglers\n\n" : ""}${prose(`clause ${n}a`, 14)}\nClause ${n} stands here.\n${prose(`clause ${n}b`, 14)}\n\n- ${n} -\n`);
    const raw = ["Tracing the Reef Smugglers\nA. Author and B. Author\n", ...pages].join("\n");
    const d = analyze(raw, { docId: "title-twice" });
    expect(d.pageCount).toBe(4);
    expect([1, 2, 3, 4].map((n) => pageOf(d, raw, `Clause ${n} stands`))).toEqual([1, 2, 3, 4]);
  });

  it("reads front matter numbered in roman numerals as feet when the body's numbering goes on from it to the text's last line", () => {
    // A short cover and credits page, contents pages `– III –` to `– VII –`, then the body `– 1 –` to `– 3 –`,
    // each number followed by the code's running head (which a head reading would also explain).
    const head = "CODE OF HARBOUR RULES\n\n";
    const page = (id: string) => `${head}${prose(`rule ${id}a`, 12)}\nClause ${id} stands here.\n${prose(`rule ${id}b`, 14)}\n\n– ${id} –\n`;
    const front = "Code of Harbour Rules\nEdition of 2034\n\nPublished by the Harbour Board\nAll rights reserved\nPrinted in Alphaland\n";
    const ids = ["III", "IV", "V", "VI", "VII", "1", "2", "3"];
    const raw = `${front}\n${ids.map(page).join("\n")}`;
    const d = analyze(raw, { docId: "roman" });
    expect(d.structure.pageConvention).toBe("footer");
    // (The two unnumbered pages before `– III –` show nothing of where they end: only their count is known.)
    expect(d.pageCount).toBe(10);
    expect(ids.slice(1).map((id) => pageOf(d, raw, `Clause ${id} stands`))).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(kindOf(d, raw, "– 2 –")).toBe("running_head");
  });

  it("places no pages before a first number that stands far from where its page would be (front matter numbered apart)", () => {
    // One short title page, then feet from `- 11 -`: ten pages cannot fit before it.
    const pages = [11, 12, 13, 14].map((n) => `${prose(`motion ${n}`, 28)}\n\n- ${n} -\n`);
    const raw = `Annual Report\n\n${prose("the foreword", 10)}\n\n${pages.join("\n")}`;
    const d = analyze(raw, { docId: "far" });
    expect(d.pageCount).toBe(4);
  });

  it("does not take a figure in a table's column for the page number it happens to equal", () => {
    // Page 4 holds a column of figures, one of them `4`, well before its own foot `4`.
    const table = "Seizures by year\n1,250\n4\n2,975\n";
    const pages = [1, 2, 3, 4, 5].map(
      (n) => `${prose(`motion ${n}a`, 14)}\n\n${n === 4 ? table : ""}\nMotion ${n} stands here.\n${prose(`motion ${n}b`, 14)}\n\n${n}\n`,
    );
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "cells" });
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps a layout-preserving page number set right above a chart's axis labels in another column", () => {
    const foot = (n: number) => `${" ".repeat(40)}${n}`;
    const axis = ["25", "20", "15"].map((v) => `${" ".repeat(90)}${v}`).join("\n");
    // Page 4 opens with a chart right under page 3's foot; page 3 is long, page 4 short.
    const body = (n: number) => (n === 3 ? `${prose("motion 3a", 30)}\nMotion 3b stands here.\n${prose("motion 3c", 10)}` : `Motion ${n}b stands here.\n${prose(`motion ${n}`, n === 4 ? 8 : 26)}`);
    const raw = [1, 2, 3, 4, 5].map((n) => `${n === 4 ? `${axis}\n\n` : ""}${body(n)}\n\n${foot(n)}${n === 3 ? "" : "\n"}`).join("\n");
    const d = analyze(raw, { docId: "axis" });
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Motion ${n}b stands`))).toEqual([1, 2, 3, 4, 5]);
  });

  it("does not take a paper's section numbers set above their titles for page numbers", () => {
    const titles = ["Introduction", "Background", "Data Collection", "Related Work", "Conclusion"];
    const raw = titles.map((t, k) => `${k + 1}\n\n${t}\n\n${prose(t.toLowerCase(), 16)}\n`).join("\n");
    const d = analyze(raw, { docId: "sections" });
    expect(d.pageCount).toBe(1);
  });

  it("reads a paper's page numbers once its section numbers over their titles are set aside", () => {
    // pdftotext without form feeds: each page opens a numbered section (`2` over `Background`), and
    // its foot's bare number, the same figures one by one, falls mid-sentence further down.
    const titles = ["Introduction", "Background", "Data Collection", "Related Work", "Conclusion"];
    const raw = titles
      .map((t, k) => `${k + 1}\n\n${t}\n\nMotion ${k + 1} stands here.\n${prose(`motion ${k + 1}`, 22)}\nand the delegations of the region then turned to\n\n${k + 1}\n\nthe ports they share.\n`)
      .join("\n");
    const d = analyze(raw, { docId: "sections-and-pages" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps a page number that came before a section number of the same figure when the section numbers are set aside", () => {
    // Pages 1-3 and 5 open a numbered section before their foot; section 4 opens on page 5, after
    // page 4's foot `4`, which the two `4`s' tie gives to the section numbers' run.
    const section = (n: number, title: string, lines: number) => `${n}\n\n${title}\n\n${prose(title.toLowerCase(), lines)}\n\n`;
    const pages = [
      `${section(1, "Introduction", 12)}Motion 1 stands here.\n${prose("motion 1", 12)}\n\n1\n`,
      `${section(2, "Background", 12)}Motion 2 stands here.\n${prose("motion 2", 12)}\n\n2\n`,
      `${section(3, "Data Collection", 12)}Motion 3 stands here.\n${prose("motion 3", 12)}\n\n3\n`,
      `Motion 4 stands here.\n${prose("motion 4", 26)}\n\n4\n`,
      `Motion 5 stands here.\n${prose("motion 5", 12)}\n\n${section(4, "Related Work", 12)}${section(5, "Conclusion", 12)}5\n`,
    ];
    const raw = pages.join("\n");
    const d = analyze(raw, { docId: "tie" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(5);
    expect([1, 2, 3, 4, 5].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5]);
    expect(pageOf(d, raw, "Related Work")).toBe(5);
  });

  it("ends a two-column page whose mirrored foot pdftotext split at the foot's last part, after the right column", () => {
    // Odd pages: the foot's last part after the left column, title and number at the page's end.
    // Even pages: number and title after the left column, the foot's last part after the right one.
    const column = (topic: string) => prose(topic, 14).replace(/ again\.$/, " and");
    const page = (n: number) =>
      n % 2 === 1
        ? `Motion ${n} stands here.\n${column(`motion ${n}`)}\n\nRiver Ports Association\n\n${prose(`column ${n}`, 14)}\n\nTenth Border Symposium\n${n}\n`
        : `Motion ${n} stands here.\n${column(`motion ${n}`)}\n\n${n}\n\nTenth Border Symposium\n\n${prose(`column ${n}`, 14)}\nColumn ${n} ends here.\n\nRiver Ports Association\n`;
    const raw = [1, 2, 3, 4, 5, 6].map(page).join("\n");
    const d = analyze(raw, { docId: "split-foot" });
    expect(d.structure.pageConvention).toBe("footer");
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5, 6]);
    expect([2, 4, 6].map((n) => pageOf(d, raw, `Column ${n} ends`))).toEqual([2, 4, 6]);
  });

  it("keeps pages whose running title stands both above the number and at the next page's head (no split foot there)", () => {
    const page = (n: number) =>
      `Annual Training Report\nMotion ${n} stands here.\n${prose(`motion ${n}`, 14)}\n\nProgram Totals ${n}\n\nCourses Abroad\n\n${prose(`course ${n}`, 12)}\n\nAnnual Training Report\n${n}\n`;
    const raw = [1, 2, 3, 4, 5, 6].map(page).join("\n");
    const d = analyze(raw, { docId: "head-and-foot" });
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Program Totals ${n}`))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("does not take a caption's own number for a section title's (`Figure 5: ...` under a bare number)", () => {
    // Page numbers whose next page opens with a figure's caption: the caption names no section.
    const opens = ["", "Figure 1: Seizures By Port", "", "Figure 2: Patrols By Month", "Table 3: Arrests By Region", ""];
    const raw = opens.map((t, k) => `${t ? `${t}\n` : ""}Motion ${k + 1} stands here.\n${prose(`motion ${k + 1}`, 24)}\n\n${k + 1}\n`).join("\n");
    const d = analyze(raw, { docId: "captions" });
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("still reads bare page numbers as pages when a few pages open with a section title", () => {
    const opens = ["", "Background", "", "", "Conclusion", ""];
    const raw = opens.map((t, k) => `${t ? `${t}\n\n` : ""}Motion ${k + 1} stands here.\n${prose(`motion ${k + 1}`, 24)}\n\n${k + 1}\n`).join("\n");
    const d = analyze(raw, { docId: "page-titles" });
    expect(d.pageCount).toBe(6);
    expect([1, 2, 3, 4, 5, 6].map((n) => pageOf(d, raw, `Motion ${n} stands`))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("does not take a table's row numbers for page numbers", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1}\nEpsilon Station ${i + 1}`).join("\n");
    const raw = `${prose("the stations", 6)}\n\n${rows}\n\n${prose("the results", 6)}`;
    const d = analyze(raw, { docId: "table" });
    expect(d.pageCount).toBe(1);
  });

  it("keeps the seeds' convention where the document shows it: rare space-led lines as far apart as pages", () => {
    const raw = `${prose("page one", 30)}\n ${prose("page two", 30)}\n ${prose("page three", 30)}`;
    const d = analyze(raw, { docId: "seeds" });
    expect(d.structure.pageConvention).toBe("space_led");
    expect([pageOf(d, raw, "page one"), pageOf(d, raw, "page two"), pageOf(d, raw, "page three")]).toEqual([1, 2, 3]);
  });

  it("does not open a page at one space-led line a few lines into the text", () => {
    const raw = `${prose("the opening", 6)}\n A second paragraph opens here.\n${prose("the close", 6)}`;
    const d = analyze(raw, { docId: "one" });
    expect(d.pageCount).toBe(1);
  });

  it("does not open a page at a line indented by its markup (after a line that ends in a tag)", () => {
    const raw = `${prose("the opening", 30)}\n<div>\n A credit line indented inside a block.\n</div>\n${prose("the close", 30)}`;
    const d = analyze(raw, { docId: "lone" });
    expect(d.pageCount).toBe(1);
    expect(pageOf(d, raw, "the close")).toBe(1);
  });

  it("reads indented lines as the paragraphs they open, not as pages", () => {
    const paragraphs = ["first", "second", "third", "fourth"].map((w) => `    The ${w} paragraph opens here.\n${prose(`the ${w} matter`, 4)}`);
    const raw = paragraphs.join("\n");
    const d = analyze(raw, { docId: "indent" });
    expect(d.pageCount).toBe(1);
    const blockOf = (s: string) => d.blockAt(d.map.fromRaw(raw.indexOf(s)));
    expect(blockOf("The second")?.rawStart).toBe(raw.indexOf("The second"));
    expect(blockOf("The fourth")?.kind).toBe("paragraph");
    expect(new Set(["first", "second", "third", "fourth"].map((w) => blockOf(`The ${w}`)?.rawStart)).size).toBe(4);
  });
});

describe("headings are never furniture or prose", () => {
  it("does not take a numbered paragraph in Title Case that runs on for a heading", () => {
    const raw = [
      "II. Regional Cooperation",
      "",
      "12. In Alphaborder, the National Electoral Commission Advanced",
      "its preparations for the vote.",
      "",
      "13. The Special Envoy of the Secretary-General for the Region and the",
      "Border Commission met twice. They agreed on a plan.",
    ].join("\n");
    const d = analyze(raw, { docId: "runs-on" });
    expect(d.sections.map((s) => s.title)).toEqual(["II. Regional Cooperation"]);
    expect(kindOf(d, raw, "12. In Alphaborder")).toBe("paragraph");
    expect(kindOf(d, raw, "13. The Special")).toBe("paragraph");
  });

  it("reads a numbered line standing alone in sentence case as a heading, and numbered paragraphs as paragraphs", () => {
    const raw = [
      "II. Overview of the maritime situation",
      "",
      "4. Patrols in the gulf were doubled during the year and the coast",
      "guard opened two new stations.",
      "5. The Special Envoy Met The Defense Minister Of Alphaborder",
      "Carlos Perez in March. They agreed on a plan.",
      "6. Seizures of precursor chemicals rose in the second half of the",
      "year, the ministry reported.",
      "",
      "III. Recommendations",
      "",
      "7. The region should share data.",
    ].join("\n");
    const d = analyze(raw, { docId: "styles" });
    expect(d.sections.map((s) => s.title)).toEqual(["II. Overview of the maritime situation", "III. Recommendations"]);
    expect(kindOf(d, raw, "5. The Special Envoy")).toBe("paragraph");
  });

  it("does not name a section after a title line that stands on many pages (a table's column head)", () => {
    // Inside the page, not at its edge: the edges' repetition does not see it.
    const page = (k: number) => `${prose(`drills ${k}`, 6)}\n\nUnits Involved\n\nCoast Guard Station ${k}\n\n${prose(`training ${k}`, 6)}\n`;
    const raw = `Maritime Security\n\n${[1, 2, 3].map(page).join("\f")}`;
    const d = analyze(raw, { docId: "table-heads" });
    expect(d.pageCount).toBe(3);
    expect(d.sections.map((s) => s.title)).toEqual(["Maritime Security"]);
  });

  it("does not name a section after a `#` column head that stands on many pages", () => {
    const topics = ["harbours", "airports", "railways", "highways"];
    const page = (k: number) => `${prose(`the ${topics[k - 1]} of the north`, 5)}\n\n# Students/Courses\n\n${prose(`the ${topics[k - 1]} of the south`, 5)}\n`;
    const raw = [1, 2, 3, 4].map(page).join("\f");
    const d = analyze(raw, { docId: "hash-head" });
    expect(d.pageCount).toBe(4);
    expect(d.sections.some((s) => s.title.includes("Students"))).toBe(false);
    // Once, the same line is a Markdown heading.
    const once = page(1);
    expect(analyze(once, { docId: "hash-once" }).sections.map((s) => s.title)).toContain("Students/Courses");
  });

  it("keeps a title that stands on two pages as a heading", () => {
    const raw = `Maritime Security\n\n${prose("patrols", 6)}\f${prose("seizures", 6)}\n\nMaritime Security\n\n${prose("ports", 6)}`;
    const d = analyze(raw, { docId: "twice" });
    expect(d.sections.map((s) => s.title)).toEqual(["Maritime Security", "Maritime Security"]);
  });

  it("does not take a line of prose the next line goes on from for a title", () => {
    const raw = "The panel closed.\n\nRegional Defense Ministers And Their Advisers\nmet again in the spring.\n\nMaritime Security\n\nPatrols grew.";
    const d = analyze(raw, { docId: "prose" });
    expect(d.sections.map((s) => s.title)).toEqual(["Maritime Security"]);
  });

  it("reads no lead-in from a table's cells set one under another (`NAVY: Depot` among `Army: ...` cells)", () => {
    const cells = ["Units Trained", "Army: Signal Workshop, Northfield", "NAVY: Harbour Depot", "Air Force: Ridge Air Base", "Army: Supply Office"];
    const raw = `Maritime Security\n\n${prose("training", 6)}\n\n${cells.join("\n")}\n\n${prose("costs", 6)}`;
    const d = analyze(raw, { docId: "cells" });
    expect(d.sections.map((s) => s.title)).toEqual(["Maritime Security"]);
    // The same label opening a paragraph of prose still opens a sub-section.
    const lead = `Maritime Security\n\nNAVY: The delegation of the fleet reviewed the patrols of the coast with care and\n${prose("patrols", 4)}`;
    expect(analyze(lead, { docId: "lead" }).sections.map((s) => s.title)).toEqual(["Maritime Security", "NAVY"]);
  });

  it("puts a table's last cells on their page when the page number stands before them (pdftotext's order)", () => {
    const title = "Region Report, Alphaland, Naval Training Programme, FY 31";
    const cells = (k: number) => Array.from({ length: 12 }, (_, i) => `Harbour Course ${k}-${i}\nPort Station ${i}`).join("\n");
    const page = (k: number, tail: string) => `${title}\nTitle of Training\n\n${cells(k)}\n\nPage ${k} of 4\n${tail}\n`;
    // Page 2's number comes before its cost column; page 3 opens with the title, as the others do.
    const raw = [page(1, ""), page(2, "\n$7,777\n$8,888\n$9,999\n"), page(3, ""), page(4, "")].join("\n");
    const d = analyze(raw, { docId: "table-foot" });
    expect(d.pageCount).toBe(4);
    expect(pageOf(d, raw, "$7,777")).toBe(2);
    expect(pageOf(d, raw, "$9,999")).toBe(2);
    expect(pageOf(d, raw, "Harbour Course 3-0")).toBe(3);
    expect(d.locate(raw.indexOf(title, raw.indexOf("$9,999"))).page).toBe(3);
  });

  it("puts a table's last column on its page when the page number stands before it and no repeated title follows", () => {
    // Each page: its own title (the country changes), then the table read column by column, the foot.
    const countries = ["Alphaland", "Betaland", "Gammaland", "Deltaland"];
    const column = (k: number, label: string) => Array.from({ length: 6 }, (_, i) => `${label} ${k}-${i}`).join("\n");
    const costs = (k: number) => Array.from({ length: 6 }, (_, i) => `$${k},${i}00`).join("\n");
    const page = (k: number, costsBeforeFoot: boolean) =>
      `Training in ${countries[k - 1]}, with its courses and their costs, FY 31\n\n${column(k, "Harbour Course")}\n\n${column(k, "Port Station")}\n\n` +
      (costsBeforeFoot ? `${costs(k)}\n\nPage ${k} of 4\n` : `Page ${k} of 4\n\n${costs(k)}\n`);
    // Page 2's number comes before its cost column (as many cells as the column above it).
    const raw = [page(1, true), page(2, false), page(3, true), page(4, true)].join("\n");
    const d = analyze(raw, { docId: "column-foot" });
    expect(d.pageCount).toBe(4);
    expect(pageOf(d, raw, "$2,000")).toBe(2);
    expect(pageOf(d, raw, "$2,500")).toBe(2);
    expect(pageOf(d, raw, "Training in Gammaland")).toBe(3);
    // A next page that opens with a different number of short lines keeps them.
    const other = raw.replace(`Page 2 of 4\n\n${costs(2)}\n`, `Page 2 of 4\n\n$1\n$2\n$3\n\n`);
    expect(pageOf(analyze(other, { docId: "column-foot-2" }), other, "$3\n")).toBe(3);
  });

  it("names no section after a table's cells set a blank line apart (`5 Harbourtown, Alphaland`)", () => {
    const cells = ["Regional Seminar", "5 Harbourtown, Alphaland", "Senior Officers Course", "2 Port Beta, Betaland"];
    const raw = `Maritime Security\n\n${prose("training", 6)}\n\n${cells.join("\n\n")}\n\n${prose("costs", 6)}\n\nBorder Control\n\n${prose("crossings", 4)}`;
    const d = analyze(raw, { docId: "spaced-cells" });
    expect(d.sections.map((s) => s.title)).toEqual(["Maritime Security", "Border Control"]);
  });
});

describe("a cover outside the printed numbering", () => {
  /**
   * An invented report whose printed numbering starts at its title page: a cover (the title block),
   * its back (the document symbol alone), the title page (the same block, printed page 1 with no
   * number shown), then pages printed 2 to 5 with their number over the page count at the foot. No form feeds.
   */
  function coveredReport(symbolBesideTitle: boolean): { raw: string; physical: Record<string, number> } {
    const block = "Andean Assembly\nOfficial Records\nTwelfth Session\nSupplement No. 9";
    const titleFirst = symbolBesideTitle ? "Andean Assembly                A/12/9\n" + block.split("\n").slice(1).join("\n") : block;
    const pages = [
      `A/12/9\n\nAndean Regional Council\n\nReport of the Customs Observatory\n\n${block}\n\n`,
      "A/12/9\n\n",
      `${titleFirst}\n\nReport of the Customs Observatory\n\nLimaport Press, 2031\n\n`,
      `A/12/9\n\nNote\nInvented symbols are made of letters and figures. Colombia appears here.\n\nISSN 1234-5678\n\n2/5\n\n`,
      `A/12/9\n\nChile opens the first numbered page. ${prose("customs checks", 20)}\n\n3/5\n\n31-07777\n\n`,
      `A/12/9\n\nPeru opens the next page. ${prose("river ports", 20)}\n\n31-07777\n\n4/5\n\n`,
      `A/12/9\n\nEcuador opens the last page. ${prose("airport controls", 20)}\n\n5/5\n\n31-07777\n`,
    ];
    return { raw: pages.join(""), physical: { "Andean Regional Council": 1, "Limaport Press": 3, Colombia: 4, Chile: 5, Peru: 6, Ecuador: 7 } };
  }

  for (const beside of [false, true]) {
    it(`counts the cover and its back before the title page that the repeated title block shows${beside ? " (the symbol set beside the title)" : ""}`, () => {
      const { raw, physical } = coveredReport(beside);
      const d = analyze(raw, { docId: "cover" });
      expect(d.structure.pageConvention).toBe("footer");
      expect(d.pageCount).toBe(7);
      for (const [word, page] of Object.entries(physical)) expect([word, pageOf(d, raw, word)]).toEqual([word, page]);
    });
  }

  it("adds no cover pages where the title block does not repeat", () => {
    const { raw } = coveredReport(false);
    const once = raw.replace("A/12/9\n\nAndean Assembly\nOfficial Records\nTwelfth Session\nSupplement No. 9", "A/12/9\n\nAn invented title page");
    const d = analyze(once, { docId: "nocover" });
    expect(d.pageCount).toBe(5);
    expect(pageOf(d, once, "Chile")).toBe(3);
  });
});
