import { describe, expect, it } from "vitest";
import { previewMunicipalities, previewSchools, previewTeachers, readCsvTable } from "./importPreview";

const KAZAN = { id: "m1", name: "городской округ «город Казань»" };

describe("the import preview", () => {
  it("reads either separator, a BOM and free column order, and names missing columns", () => {
    expect(readCsvTable("\uFEFFkind;name\nurban_okrug;Казань\n\n", ["name"]).rows).toEqual([
      { line: 2, values: { kind: "urban_okrug", name: "Казань" } },
    ]);
    expect(readCsvTable("name\nx", ["name", "kind"]).layoutError).toBe("В файле нет обязательных столбцов: kind");
  });

  it("creates only new municipalities and rejects unknown kinds and repeats", () => {
    const result = previewMunicipalities(
      "name,kind\nгородской округ «город Казань»,urban_okrug\nАзнакаевский муниципальный район,муниципальный район\nX,village\nАзнакаевский муниципальный район,municipal_district\n",
      [KAZAN],
    );
    expect(result.rows.map((r) => r.change)).toEqual(["unchanged", "new", "invalid", "invalid"]);
    expect(result.counts).toEqual({ new: 1, changed: 0, unchanged: 1, invalid: 2 });
  });

  it("compares schools by code and says what changes", () => {
    const stored = [{ id: "s1", code: "1001", name: "Гимназия № 1", kind: "GENERAL", municipalityId: "m1" }];
    const result = previewSchools(
      "municipality;code;name;kind\n" +
        "городской округ «город Казань»;1001;Гимназия № 1;general\n" +
        "городской округ «город Казань»;1001;Лицей № 1;general\n" +
        "городской округ «город Казань»;1002;Детский сад № 5;дошкольная\n" +
        "Нет такого;1003;Школа;general\n",
      [KAZAN],
      stored,
    );
    expect(result.rows.map((r) => r.change)).toEqual(["unchanged", "changed", "new", "invalid"]);
    expect(result.rows[1].details).toBe("название: Гимназия № 1 → Лицей № 1");
    expect(result.rows[3].details).toContain("Нет такого");
  });

  it("compares teachers by SNILS in any format; empty cells keep what is stored", () => {
    const teachers = [{ snils: "10000010921", familyName: "Иванова", givenName: "Анна", middleName: "Петровна", schoolId: "s1" }];
    const result = previewTeachers(
      "school_code,snils,family_name,given_name,middle_name\n" +
        "1001,100-000-109 21,Иванова,Анна,\n" +
        "1002,100-000-109 21,Петрова,Анна,Петровна\n" +
        "1001,11223344595,Сидоров,Олег,\n" +
        "9999,12345678901,Нет,Школы,\n" +
        "1001,123,Короткий,Снилс,\n",
      [{ id: "s1", code: "1001" }, { id: "s2", code: "1002" }],
      teachers,
    );
    expect(result.rows.map((r) => r.change)).toEqual(["unchanged", "changed", "new", "invalid", "invalid"]);
    expect(result.rows[1].details).toBe("фамилия: Иванова → Петрова; школа: 1001 → 1002");
  });
});
