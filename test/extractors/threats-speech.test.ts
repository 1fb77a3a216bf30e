import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("threat words of political speech", () => {
  it("tags sexual offences and their offenders", () => {
    expect(threats("The bill doubles the sentences for sex crimes and sexual offences, and it keeps sexual predators away from schools.")).toEqual([
      ["sex crimes", "sexual_violence"],
      ["sexual offences", "sexual_violence"],
      ["sexual predators", "sexual_violence"],
    ]);
    expect(threats("Two guards were accused of having sexually assaulted a detainee.")).toEqual([["sexually assaulted", "sexual_violence"]]);
  });

  it("tags modern-day slavery and the illegal entrants of migrant smuggling", () => {
    expect(threats("They sold the girls into modern-day slavery.")).toEqual([["modern-day slavery", "human_trafficking"]]);
    expect(threats("The mayor said illegal immigrants and an illegal alien were sent back.")).toEqual([
      ["illegal immigrants", "migrant_smuggling"],
      ["illegal alien", "migrant_smuggling"],
    ]);
  });

  it("leaves ordinary sentences alone", () => {
    expect(threats("The senator spoke on the crimes bill, the offence of late filing and legal immigrants who vote.")).toEqual([]);
    expect(threats("The aliens of the film assaulted the city while a predator watched.")).toEqual([]);
  });
});
