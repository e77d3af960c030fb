// A sample article for the page and its end-to-end test.
//
// Written for whosaid, in the style of international wire reporting. The
// people, institutions and events in it are invented; only the outlets it
// cites (the Journal, Reuters) are real names, used as sources are in news
// copy. It is built to show every kind of sourcing the analysis tells apart:
// named, anonymous, vague, document and relayed sources, agentless hedges,
// hedges of the writer and of sources, a scare quote with no speaker, a
// quotation reopened across paragraphs, and actors who are not sources at all.

export const SAMPLE_ARTICLE = `U.S. envoy’s call with Kremlin aide puts Black Sea shipping deal in doubt

GENEVA, March 14 — A private telephone call between a senior U.S. envoy and an aide to the Russian president has unsettled negotiations over a Black Sea shipping arrangement, and diplomats on both sides warned that the deal could collapse before it expires at the end of the month.

The call, which lasted nearly an hour, was said to center on insurance guarantees for grain ships leaving Odesa. An unnamed American official framed the call as “a routine check-in that drew more attention than it deserved,” adding that no commitments had been made. The official spoke on condition of anonymity because the administration had not authorized public comment on the call.

Envoy Daniel Whitcombe has held six rounds of talks with senior Russian officials since January, most of them in Geneva and Istanbul, and met Ukrainian negotiators in Kyiv last week.

The so-called “grain corridor” has carried more than 30 million tonnes of cargo since it opened.

According to sources cited by the Journal, Whitcombe offered to ease restrictions on a Russian state lender in exchange for a pledge to spare port infrastructure from drone strikes. The offer was never put in writing, a person familiar with the talks said.

“There is no side deal, and there will not be one,” said Martin Okafor, a spokesman for the State Department. “Every element of this arrangement has been shared with our partners in Kyiv and Ankara.”

Ukrainian officials were less sure. A hotline set up to relay shipping data between the two navies has reportedly been used to pass political messages as well, and Kyiv appears to have aimed its latest criticism at Washington rather than Moscow.

Critics say the envoy is moving too fast and may be trading away leverage that took two years to build. Observers see the call as a sign that the White House wants a result before the summer.

Turkey, which hosts the technical talks, has tried to keep both sides at the table. Speaking to reporters in Istanbul, Deputy Foreign Minister Selin Aydın said the corridor had survived worse.

“We have carried this corridor through two winters, and we know how fragile it is. Every week of delay costs farmers and shipowners money they do not have.

“If the guarantees are rewritten in a telephone call, the whole structure becomes a matter of trust, and trust is the one thing in short supply,” she said.

A report published on Wednesday by the Maritime Trade Observatory, a Geneva-based research group, found that insurance premiums for ships calling at Ukrainian ports had roughly doubled since November. The report found that fewer than 40 ships a month now use the corridor, compared with about 90 a year ago.

A poll by the Dnipro Centre for Public Opinion showed that 61 percent of Ukrainians would oppose any agreement that eased sanctions on Russian banks.

Reuters, citing an anonymous informant, reported that Russian negotiators had asked for the lender to be reconnected to international payment systems within 90 days. The Kremlin’s spokesman, Yuri Levashov, told state television that Moscow “has not received any proposal worth discussing.”

Officials from the three countries are expected to meet again in Istanbul next week. Some analysts believe the talks will probably be extended rather than abandoned.
`;
