import { describe, expect, it } from "vitest";
import { recordMachinery } from "@procmine/core";
import { claimTexts, es, pt } from "./numbers-helpers.js";

// Invented dumps and cables (issues #16, #18): texts stored as data, diplomatic messages.

describe("a data record's document numbers (data-records.json fieldValues)", () => {
  it("reads a quoted registry number (points then a hyphen or a slash) or a long ungrouped number as machinery", () => {
    const dump = [
      "INSERT INTO pessoa (nome, cpf, telefone, idade) VALUES",
      '\t("Rosa Almeida", "512.318.904-27", "48991234567", 41),',
      '\t("Transportes Ilha", "07.318.511/0001-42", "4833221100", 0);',
      "INSERT INTO ocorrencia (id_end, descricao) VALUES",
      '\t(2, "O suspeito roubou 14 celulares de uma loja no centro antes de fugir.");',
    ].join("\n");
    expect(claimTexts(pt(dump))).toEqual(["14"]);
  });

  it("leaves a field that states a value as text (grouped thousands, a range, a short number) to the other rules", () => {
    const row = 'const rows = [\n  { a: "12,500", b: "10-20", c: "4.5", d: "512.318.904-27", e: "48991234567" },\n];\n';
    const m = recordMachinery(row);
    const inside = (s: string) => { const at = row.indexOf(s); for (let k = 0; k < m.length; k += 2) if (at >= m[k]! && at < m[k + 1]!) return true; return false; };
    expect(["12,500", "10-20", "4.5"].map(inside)).toEqual([false, false, false]);
    expect(["512.318.904-27", "48991234567"].map(inside)).toEqual([true, true]);
  });
});

describe("a seed whose lines are commented out (data-records.json recordOpeners)", () => {
  it("still reads its fields' machinery as a record's", () => {
    const seed = [
      "// module.exports = {",
      "//   up: (db) => db.bulkInsert('Stories', [{",
      "//     headline: 'Gunmen kill 6 miners near the northern border',",
      "//     score: -0.4412,",
      "//     feedId: 3,",
      "//   }]),",
      "// };",
    ].join("\n");
    expect(claimTexts(seed)).toEqual(["6"]);
  });
});

describe("a hundred block as a place (numeric-non-claims.json addresses.blockLinks)", () => {
  it("reads `the 2300 block of Maple Court` as an address", () => {
    expect(claimTexts("A man was shot in the 2300 block of Maple Court on Friday.")).toEqual([]);
    expect(claimTexts('[{ "victimAge": 31, "place": "4500 block of North Elm Avenue" }]')).toEqual([]);
  });

  it("keeps a count of blocks", () => {
    expect(claimTexts("Police closed 12 blocks of the avenue.").length).toBe(1);
    expect(claimTexts("The fire burned 200 blocks of housing.").length).toBe(1);
  });
});

describe("a diplomatic cable's header (numeric-non-claims.json messageHeaders, identifierHeads ¶)", () => {
  const cable = [
    "DE RUEHQT #0457/01 0881915",
    "ZNY CCCCC ZZH",
    "C O N F I D E N T I A L SECTION 01 OF 02 QUITO 000457",
    "",
    "Classified By: Political Counselor Ann Doe for reasons 1.4 (b) and (d)",
    "",
    "¶3. (C) Troops found 7 camps and 450 kilograms of cocaine.",
    "¶ 4. (SBU) About 30 families fled.",
  ].join("\n");
  it("reads the transmission line, the classification's reasons and the paragraph marks as no claim", () => {
    expect(claimTexts(cable)).toEqual(["7", "450 kilograms", "About 30"]);
  });

  it("reads routing lines, an archive's record line, the reasons on their own line and a paragraph's marking as no claim", () => {
    const archived = [
      "204871 2007-03-12 14:05:00 07QUITO0457 Embassy Quito CONFIDENTIAL",
      "TO RUEHC/SECSTATE WASHDC PRIORITY 6120",
      "INFO RUEHBO/AMEMBASSY BOGOTA PRIORITY 2218",
      "RUEHLP/AMEMBASSY LA PAZ ROUTINE 0731",
      "E.O. 12958: DECL: 03/12/2017 \\",
      "Classified By: Ambassador Jane Roe \\",
      "Reasons 1.4 (b and d) \\",
      "1. (C) Police arrested 16 smugglers and seized 3 boats.",
    ].join("\n");
    expect(claimTexts(archived)).toEqual(["16", "3"]);
  });

  it("keeps a sentence that opens like a header word", () => {
    expect(claimTexts("To reduce killings by 20 percent, the plan adds patrols.")).toEqual(["20 percent"]);
    expect(claimTexts(es("Clasificado por el juez, el caso suma 12 víctimas."))).toEqual(["12"]);
    expect(claimTexts("Reasons for the 40 arrests were not given.")).toEqual(["40"]);
    expect(claimTexts("1. Police arrested 16 smugglers.")).toEqual(["16"]);
  });
});

describe("a news feed's truncation mark (numeric-non-claims.json truncationMarks)", () => {
  it("reads `[+2140 chars]` as the record's, not a claim", () => {
    const feed = '{\n  "articles": [\n    {\n      "title": "Gunmen kill 9 people at a bar in the port city",\n      "content": "Nine people died after gunmen opened fire on Saturday night at a bar in the port… [+2140 chars]"\n    }\n  ]\n}\n';
    expect(claimTexts(feed)).toEqual(["9", "Nine"]);
    expect(claimTexts(es("Los atacantes mataron a 9 personas en el puerto… [+1875 caracteres]"))).toEqual(["9"]);
  });
});

describe("cables stored as a headless CSV, their references and addressees (data-records.json csvFirstRow, messageHeaders)", () => {
  it("reads a quoted leading row number, the REF line and an addressee's sequence number as no claim", () => {
    const row = [
      '"7","03/14/1971 09:20","71LIMA1402","Embassy Lima","UNCLASSIFIED","71STATE44120","R 140920Z MAR 71',
      "FM AMEMBASSY LIMA",
      "TO SECSTATE WASHDC PRIORITY 4417",
      'INFO AMEMBASSY QUITO","UNCLASSIFIED LIMA 1402',
      "",
      "REF: STATE 44120; LIMA 1377",
      "",
      '1.  POLICE SEIZED 40 KILOS OF COCAINE PASTE NEAR THE PORT."',
    ].join("\n");
    expect(claimTexts(row)).toEqual(["40 KILOS"]);
  });

  it("reads an addressee's sequence number without a precedence (TO line, a post's line) as no claim", () => {
    const header = ["R 091200Z APR 76", "FM AMEMBASSY QUITO", "TO SECSTATE WASHDC 5102", "INFO AMEMBASSY LIMA", "AMEMBASSY BOGOTA 3318", "", "1. TROOPS SEIZED 90 RIFLES."].join("\n");
    expect(claimTexts(header)).toEqual(["90"]);
  });

  it("keeps a count on a line that only mentions a reference", () => {
    expect(claimTexts("The report refers to 40 arrests.")).toEqual(["40"]);
  });
});

describe("a hand-written SQL seed in lower case (data-records.json recordOpeners)", () => {
  it("reads `insert into … values` and `value` rows as records", () => {
    const seed = [
      "insert into suspeito (nome, telefone, idade) value",
      '("Bruno Dias", "48991230000", 33),',
      '("Ana Ruiz", "48998761111", 27);',
      "insert into ocorrencia (id_local, descricao) values",
      '(3, "Dois homens armados levaram 800 reais do caixa da farmácia.");',
    ].join("\n");
    expect(claimTexts(pt(seed))).toEqual(["Dois", "800 reais"]);
  });
});
