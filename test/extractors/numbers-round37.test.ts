import { describe, expect, it } from "vitest";
import { claims, claimTexts, es, pt } from "./numbers-helpers.js";

describe("numbers round 37: Reuters-21578 wire copy (numeric-non-claims.json wireHeaders, units.json, number-words.json)", () => {
  const story =
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="4321">\n<DATE> 3-MAR-1987 11:02:13.20</DATE>\n' +
    "<TOPICS><D>crude</D></TOPICS>\n<PLACES><D>colombia</D></PLACES>\n<PEOPLE></PEOPLE>\n<UNKNOWN> \n&#5;&#5;&#5;Y\n" +
    "&#22;&#22;&#1;f0412&#31;reute\nu f BC-PIPELINE-HIT   03-03 0096</UNKNOWN>\n<TEXT>&#2;\n<TITLE>PIPELINE BOMBED AGAIN</TITLE>\n" +
    "<DATELINE>    BOGOTA, March 3 - </DATELINE><BODY>Rebels bombed the pipeline for the 14th time this year, halting\n" +
    "51,000 barrels per day of crude and costing more than four mln dlrs in repairs.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";

  it("the header elements and the character references that keep the wire's control characters count nothing", () => {
    expect(claimTexts(story)).toEqual(["51,000 barrels per day", "more than four mln dlrs"]);
  });

  it("a scale's abbreviation after words, and the wire's abbreviated currencies, make the amount", () => {
    expect(claims("The company said it would pay four mln dlrs, or 1.5 bln dlrs in ten years, and 12 mln stg.")).toEqual([
      ["four mln dlrs", 4000000, "USD", undefined],
      ["1.5 bln dlrs", 1500000000, "USD", undefined],
      ["ten years", 10, "years", undefined],
      ["12 mln stg", 12000000, "GBP", undefined],
    ]);
  });

  it("a character reference outside a wire is markup too; a ranked number after `#` is still a rank", () => {
    expect(claimTexts("Caf&#233; owners said 40 workers left. The city ranked #12 out of 50.")).toEqual(["40", "#12 out of 50"]);
  });
});

describe("numbers round 37: court rulings", () => {
  it("a law report's head stacked on lines of its own (page, title, volume) is no claim", () => {
    const text =
      "que éstos pasen a ser juzgados por delitos comunes, dijo la defensa en su presentación ante el tribunal.\n\n" +
      "341\n982\nFALLOS DE LA CORTE SUPREMA\nser juzgados por delitos comunes, resulta que la defensa presentó tres recursos.\n" +
      "983\nDE JUSTICIA DE LA NACIÓN\n341\nLa relevancia de los 12 hechos fue discutida por las partes en la audiencia.";
    expect(claimTexts(es(text))).toEqual(["tres", "12"]);
  });

  it("a scanned ruling's considerando, its sign and bracket spaced out, is a list marker", () => {
    const text =
      "Vistos los autos del caso, la Corte resolvió lo siguiente sobre el recurso presentado.\n" +
      "2° ) Que, contra esa resolución, la defensa interpuso recurso de apelación.\n" +
      "4 ° ) Que, por otra parte, el requerido no brinda razones sobre los 15 días de detención.\n" +
      "30 ) Que la cuestión vinculada con el plazo es otra.";
    expect(claimTexts(es(text))).toEqual(["15 días"]);
  });

  it("a leaf cited with its back (`fs. 462 vta. y 496`) is a citation", () => {
    expect(claimTexts(es("La defensa interpuso recurso de apelación (fs. 462 vta. y 496) y presentó 12 pruebas."))).toEqual(["12"]);
  });

  it("an amount repeated in words with its currency, and its rate, is one claim", () => {
    expect(claims(pt("O réu recebia o valor de R$ 500,00 (quinhentos reais) por semana para distribuir a droga."))).toEqual([
      ["R$ 500,00 (quinhentos reais) por semana", 500, "BRL per week", undefined],
    ]);
  });
});

describe("numbers round 37: registers and rates", () => {
  it("a latitude and a longitude in decimal degrees are a place, not two measures", () => {
    const rows =
      "Nombre,Lugar,Fecha,Latitud,Longitud,Punto\n" +
      "Ana Pérez,Cuernavaca,30 de mayo de 2018,18.920098,-100.297876,\n" +
      'Luis Gómez,Coyoacán,2 de junio de 2018,19.372,-97.8788,"[19.372, -97.8788]"\n';
    expect(claimTexts(rows)).toEqual([]);
  });

  it("thousands written with points and listed with commas stay counts", () => {
    expect(claimTexts(es("La policía detuvo a 1.500, 2.300 y 4.100 personas en los operativos."))).toEqual(["1.500", "2.300", "4.100"]);
  });

  it("the base of a rate after `para cada` or `p` (per) is no count", () => {
    expect(claimTexts(pt("No Brasil há 7 armas para cada 100 habitantes e a Alemanha tem 30 armas p 100 hab. em média."))).toEqual(["7", "30"]);
  });

  it("a count after `para cada` that is no population base is a count compared", () => {
    expect(claimTexts(pt("Há 50 mil assassinatos para cada 5 milhões de roubos no país."))).toEqual(["50 mil", "5 milhões"]);
  });
});

describe("numbers round 37: code columns of a tab-separated register", () => {
  it("a column holding the same bare number on every row is a code; a column of counts is read", () => {
    const rows = [
      "https://example.org/a\t2019-07-02\tPost shows a soldier arrested in Spain.\t12 soldiers were arrested, officials said.\t1\t5\tfalse",
      "https://example.org/b\t2019-07-01\tPhoto shows a rally on Sunday.\tThe photo shows 40 people at a rally.\t3\t5\tfalse",
      "https://example.org/c\t2019-06-30\tVideo shows a new road.\tThe road runs 7 kilometers.\t2\t5\ttrue",
    ].join("\n");
    expect(claimTexts(rows)).toEqual(["12", "1", "40", "3", "7 kilometers", "2"]);
  });
});

describe("numbers round 37: streets named by number", () => {
  it("the numbers after `calles` (the streets between which a place stands) name streets", () => {
    expect(claimTexts(es("El lugar está ubicado en la carrera séptima entre calles 18 y 17, donde murieron 3 personas."))).toEqual(["3"]);
  });
});

describe("numbers round 37: a SQL dump's table definitions (numeric-non-claims.json sqlDefinitions)", () => {
  it("column widths, precisions, counters and versioned settings count nothing; the rows' text is read", () => {
    const dump = [
      "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
      'SET time_zone = "+00:00";',
      "CREATE TABLE `posts` (",
      "  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,",
      "  `title` varchar(191) NOT NULL,",
      "  `score` decimal(5,2) DEFAULT '0.00'",
      ") ENGINE=InnoDB AUTO_INCREMENT=1024 DEFAULT CHARSET=utf8mb4;",
      "INSERT INTO `posts` VALUES (1017,'Police seize cocaine','Officers seized 2 tons of cocaine and arrested 14 people.',4.50);",
      "ALTER TABLE `posts` MODIFY `id` int(11) NOT NULL AUTO_INCREMENT, AUTO_INCREMENT=1019;",
    ].join("\n");
    expect(claimTexts(dump)).toEqual(["2 tons", "14"]);
  });

  it("prose in capitals that opens with the same words is read", () => {
    expect(claimTexts("CREATE 40 NEW JOBS; THE PLAN WILL ALSO SET 3 TARGETS.")).toEqual(["40", "3"]);
  });
});
