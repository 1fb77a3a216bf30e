import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// An invented country profile (its country named often enough to be its focus): a bare national body
// no entry lists for the country it is about.
const profile = [
  "Colombia spends about 3% of its budget on defense. Colombia borders five states. Colombia has two coasts.",
  "Colombia held elections in May. Colombia exports coffee. Colombia hosts many migrants. Colombia trains pilots.",
  "",
  "The navy of Colombia includes the Coast Guard, which patrols both coasts.",
  "",
  "Colombia's forces also train with partners.",
].join("\n");

describe("a bare national body in a text about a country", () => {
  it("is that country's where its paragraph names the country last", () => {
    expect(named(profile)).toContainEqual(["Coast Guard", "Colombian Coast Guard"]);
  });

  it("stays bare where its paragraph names another country last", () => {
    const other = profile.replace("The navy of Colombia includes", "Ships bought from Spain joined");
    expect(named(other)).not.toContainEqual(["Coast Guard", "Colombian Coast Guard"]);
  });
});
