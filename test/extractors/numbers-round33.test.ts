import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("numbers round 33: Spanish and Portuguese qualifiers", () => {
  it("an adverb hedge reaches over a governed preposition or a comma (hedges.json adverbGap)", () => {
    expect(claims(es("El decomiso ascendió aproximadamente a 250 toneladas en el puerto."))).toEqual([
      ["aproximadamente a 250 toneladas", 250, "metric tons", "approximately"],
    ]);
    expect(claims(es("La banda operó al menos en tres municipios del norte."))).toEqual([["al menos en tres", 3, "municipios", "at least"]]);
    expect(claims(pt("Foram presos, ao menos, sete suspeitos na operação."))).toEqual([["ao menos, sete", 7, "suspeitos", "at least"]]);
    expect(claims(pt("O prejuízo foi estimado em aproximadamente, de R$ 40 milhões no ano."))[0]?.slice(0, 2)).toEqual([
      "aproximadamente, de R$ 40 milhões",
      40_000_000,
    ]);
  });

  it("a hedge that reaches no figure stays out: a plain preposition, another adverb, a year", () => {
    expect(claims(es("El grupo llegó en 40 camionetas."))).toEqual([["40", 40, "camionetas", undefined]]);
    expect(claims(es("Llegaron finalmente a 30 comunidades."))).toEqual([["30", 30, "comunidades", undefined]]);
  });

  it("a negated bound is its opposite bound (no menos de, não mais de)", () => {
    expect(claims(es("Se movilizaron no menos de cinco mil efectivos."))).toEqual([["no menos de cinco mil", 5000, "efectivos", "at least"]]);
    expect(claims(pt("A pena será de não mais de 8 anos."))[0]?.[3]).toBe("at most");
  });
});

describe("numbers round 33: a rank after en/em mid-sentence (numeric-non-claims.json discourseOrdinals)", () => {
  it("orders points when no verb places a thing there right before the preposition", () => {
    expect(claims(es("La prueba consistió en primer lugar en la revisión de las cámaras del barrio."))).toEqual([]);
    expect(claims(pt("a cooperação policial em primeiro lugar depois o comércio entre os vizinhos"))).toEqual([]);
  });

  it("ranks a thing after a placing verb, or before a capital", () => {
    expect(claims(es("El municipio está en primer lugar en robos de vehículos."))[0]?.slice(0, 1)).toEqual(["primer lugar"]);
    expect(claims(pt("O bairro continua figurando em segundo lugar em furtos."))[0]?.slice(0, 1)).toEqual(["segundo lugar"]);
    expect(claims(es("Se ubicó así en primer lugar Sonora, con 300 casos."))[0]?.slice(0, 1)).toEqual(["primer lugar"]);
    expect(claims(es("Y en tercer lugar está la capital, con menos robos."))[0]?.slice(0, 1)).toEqual(["tercer lugar"]);
    expect(claims(pt("e em primeiro lugar fica a zona norte da cidade."))[0]?.slice(0, 1)).toEqual(["primeiro lugar"]);
  });
});

describe("numbers round 33: a half after a small spelled number, before its unit (number.ts halfBeforeUnit)", () => {
  it("adds the half", () => {
    expect(claims(es("El proyectil medía cinco y medio centímetros de largo."))[0]?.slice(0, 3)).toEqual(["cinco y medio centímetros", 5.5, "centimeters"]);
    expect(claims(pt("A fila tinha dois e meio quilômetros na fronteira."))[0]?.slice(0, 2)).toEqual(["dois e meio quilômetros", 2.5]);
  });

  it("leaves a time of day and a half with no unit after it alone", () => {
    expect(claims(es("La reunión empezó a las tres y media con los alcaldes."))).toEqual([]);
  });
});
