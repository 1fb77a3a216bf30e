// Cost of a Spanish or Portuguese document against an English one of the same size and shape:
//   node bench/lang.mjs [size-mb=1] [runs=5]
// The three documents are built from the same invented sentences, translated, with the same
// random numbers, countries, bodies and threats (one seeded generator), so they differ in
// language only. Each is annotated whole by all four extractors after a warm-up on the other
// two; the median of the runs is printed with the ratio to English.
const { createPipeline } = await import("../packages/core/dist/index.js");
const { prng } = await import("./prng.mjs");
const { defaultExtractors } = await import("../packages/extractors/dist/index.js");

const size = Number(process.argv[2] ?? 1) * 1e6;
const runs = Number(process.argv[3] ?? 5);

// Invented sentences: {n} a number written the language's way, {c} a country, {o} a body, {t} a threat.
const TEMPLATES = {
  en: [
    "The delegation of {c} reported that more than {n} officers of the {o} took part in the operation against {t}.",
    "According to the ministry, {n} hectares of illicit crops were destroyed in {c} last year, about {p} percent more than before.",
    "The {o} seized {n} tons of cocaine at the port and arrested {k} people linked to {t}.",
    "Homicides fell by {p}% while cases of {t} rose to {n}, the report by the {o} said.",
    "Officials of {c} and {c2} agreed to share intelligence on {t} and to train {k} thousand agents.",
    "The budget reached {n} million dollars, of which {p} percent went to the {o}.",
  ],
  es: [
    "La delegación de {c} informó que más de {n} elementos de la {o} participaron en el operativo contra el {t}.",
    "Según el ministerio, se destruyeron {n} hectáreas de cultivos ilícitos en {c} el año pasado, alrededor de {p} por ciento más que antes.",
    "La {o} aseguró {n} toneladas de cocaína en el puerto y detuvo a {k} personas ligadas al {t}.",
    "Los homicidios bajaron {p} % mientras los casos de {t} subieron a {n}, según el informe de la {o}.",
    "Los funcionarios de {c} y {c2} acordaron compartir inteligencia sobre el {t} y capacitar a {k} mil agentes.",
    "El presupuesto alcanzó {n} millones de dólares, de los cuales {p} por ciento fue para la {o}.",
  ],
  pt: [
    "A delegação do {c} informou que mais de {n} agentes da {o} participaram da operação contra o {t}.",
    "Segundo o ministério, foram destruídos {n} hectares de cultivos ilícitos no {c} no ano passado, cerca de {p} por cento a mais.",
    "A {o} apreendeu {n} toneladas de cocaína no porto e prendeu {k} pessoas ligadas ao {t}.",
    "Os homicídios caíram {p} % enquanto os casos de {t} subiram para {n}, segundo o relatório da {o}.",
    "Os funcionários do {c} e do {c2} concordaram em compartilhar inteligência sobre o {t} e capacitar {k} mil agentes.",
    "O orçamento chegou a {n} milhões de dólares, dos quais {p} por cento foram para a {o}.",
  ],
};
const COUNTRIES = {
  en: ["Colombia", "Mexico", "Brazil", "Peru", "Ecuador", "Guatemala", "Honduras", "Paraguay"],
  es: ["Colombia", "México", "Brasil", "Perú", "Ecuador", "Guatemala", "Honduras", "Paraguay"],
  pt: ["Colômbia", "México", "Brasil", "Peru", "Equador", "Guatemala", "Honduras", "Paraguai"],
};
const BODIES = {
  en: ["National Police", "Navy", "Attorney General's Office", "National Guard", "Federal Police", "Army"],
  es: ["Policía Nacional", "Armada", "Fiscalía General de la República", "Guardia Nacional", "Policía Federal", "Secretaría de Marina"],
  pt: ["Polícia Nacional", "Marinha", "Procuradoria-Geral da República", "Guarda Nacional", "Polícia Federal", "Força Nacional"],
};
const THREATS = {
  en: ["drug trafficking", "kidnapping", "money laundering", "extortion", "organized crime", "arms trafficking"],
  es: ["narcotráfico", "secuestro", "lavado de dinero", "extorsión", "crimen organizado", "tráfico de armas"],
  pt: ["narcotráfico", "sequestro", "lavagem de dinheiro", "extorsão", "crime organizado", "tráfico de armas"],
};

/** A grouped number the language's way: 12,350 in English, 12.350 in Spanish and Portuguese. */
const grouped = (n, lang) => n.toLocaleString("en-US").replace(/,/g, lang === "en" ? "," : ".");
const decimal = (x, lang) => (lang === "en" ? x.toFixed(1) : x.toFixed(1).replace(".", ","));

function documentIn(lang) {
  const rnd = prng(16);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const paragraphs = [];
  let length = 0;
  while (length < size) {
    const sentences = [];
    for (let s = 0; s < 5; s++) {
      const t = Math.floor(rnd() * TEMPLATES.en.length);
      const c = Math.floor(rnd() * 8);
      const values = {
        n: grouped(1000 + Math.floor(rnd() * 90000), lang),
        p: decimal(rnd() * 40, lang),
        k: String(2 + Math.floor(rnd() * 300)),
        c: COUNTRIES[lang][c],
        c2: COUNTRIES[lang][(c + 3) % 8],
        o: pick(BODIES[lang]),
        t: pick(THREATS[lang]),
      };
      sentences.push(TEMPLATES[lang][t].replace(/\{(\w+)\}/g, (_, k) => values[k]));
    }
    const p = sentences.join(" ");
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join("\n\n") + "\n";
}

const pipeline = createPipeline({ extractors: defaultExtractors });
const docs = Object.fromEntries(["en", "es", "pt"].map((lang) => [lang, documentIn(lang)]));
for (const lang of ["en", "es", "pt"]) pipeline.annotate(docs[lang].slice(0, 200000), { docId: `warm-${lang}` });

const results = {};
for (const lang of ["en", "es", "pt"]) {
  const times = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    count = pipeline.annotate(docs[lang], { docId: lang }).annotations.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  results[lang] = { ms: times[Math.floor(times.length / 2)], annotations: count, chars: docs[lang].length };
}
console.log(`document size ${(size / 1e6).toFixed(1)} MB, median of ${runs} runs, node ${process.version}`);
for (const lang of ["en", "es", "pt"]) {
  const r = results[lang];
  const ratio = r.ms / results.en.ms;
  console.log(`${lang}: ${r.ms.toFixed(0)} ms, ${(r.chars / 1e6 / (r.ms / 1000)).toFixed(2)} MB/s, ${r.annotations} annotations, ${ratio.toFixed(2)}x English`);
}
