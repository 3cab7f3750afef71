import { afterEach, describe, expect, it, vi } from "vitest";
import { RegionCampaignsDocument, RegionUpdateCampaignDocument } from "../../generated/graphql";
import { createGraphqlClient } from "../../graphqlClient";

const CAMPAIGN = {
  __typename: "RegionalCampaign", id: "c1", regionCode: "16", year: 2091, questionnaireOpensAt: "2090-09-07T00:00:00+03:00",
  questionnaireClosesAt: "2090-09-26T00:00:00+03:00", applicationsOpenAt: "2090-12-07T00:00:00+03:00",
  applicationsCloseAt: "2090-12-26T00:00:00+03:00", requiredHours: 108, allocatedAt: "", questionnaireOpenNow: false,
  applicationsOpenNow: false,
};

afterEach(() => vi.unstubAllGlobals());

describe("the operators' mutations through the normalised cache", () => {
  it("read back a union answer that is an entity (not null)", async () => {
    vi.stubGlobal("fetch", async (_url: unknown, init: { body: string }) => {
      const data = JSON.parse(init.body).operationName === "RegionCampaigns"
        ? { regionalCampaigns: [CAMPAIGN] }
        : { updateRegionalCampaign: CAMPAIGN };
      return new Response(JSON.stringify({ data }), { headers: { "Content-Type": "application/json" } });
    });
    const client = createGraphqlClient("http://portal.test/graphql", () => undefined, () => undefined);
    await client.query(RegionCampaignsDocument, { regionCode: "16" }).toPromise();
    const reply = await client.mutation(RegionUpdateCampaignDocument, { campaignId: "c1", windows: null, requiredHours: 108 }).toPromise();
    expect(reply.data?.updateRegionalCampaign).toMatchObject({ __typename: "RegionalCampaign", requiredHours: 108 });
  });
});
