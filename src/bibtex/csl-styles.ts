/**
 * Two citation styles of this project's own, written in the Citation Style Language for the site's
 * publication lists: IEEE's numbered references, and the Chicago Manual of Style's author-date
 * references. They cover what the site lists (articles, conference papers, chapters, books, theses,
 * reports, preprints), not every rule of the manuals.
 */

/** Both styles' titles: a book's, thesis's or report's in italics, any other's in quotation marks. */
const TITLE = `<macro name="title">
    <choose>
      <if type="book thesis report" match="any">
        <text variable="title" font-style="italic"/>
      </if>
      <else>
        <text variable="title" quotes="true"/>
      </else>
    </choose>
  </macro>`;

/** Both styles' last part: the DOI after `doiPrefix`, else the address. */
const link = (doiPrefix: string) => `<macro name="link">
    <choose>
      <if variable="DOI">
        <text variable="DOI" prefix="${doiPrefix}"/>
      </if>
      <else-if variable="URL">
        <text variable="URL"/>
      </else-if>
    </choose>
  </macro>`;

/** IEEE: `J. Doe and J. Müller, "Title," *Journal*, vol. 12, no. 3, pp. 1–9, Mar. 2020, doi: 10.1000/abc.` */
export const IEEE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" page-range-format="expanded" demote-non-dropping-particle="sort-only">
  <info>
    <title>IEEE (academic homepage)</title>
    <id>academic-homepage/ieee</id>
    <updated>2026-11-29T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="page" form="short"><single>p.</single><multiple>pp.</multiple></term>
      <term name="volume" form="short">vol.</term>
      <term name="issue" form="short">no.</term>
    </terms>
  </locale>
  <macro name="authors">
    <names variable="author">
      <name and="text" delimiter=", " initialize-with=". "/>
      <et-al font-style="italic"/>
    </names>
  </macro>
  ${TITLE}
  <macro name="source">
    <choose>
      <if type="paper-conference chapter" match="any">
        <text variable="container-title" font-style="italic" prefix="in "/>
      </if>
      <else-if type="thesis">
        <group delimiter=", ">
          <text variable="genre"/>
          <text variable="publisher"/>
        </group>
      </else-if>
      <else-if type="report">
        <group delimiter=", ">
          <text variable="publisher"/>
          <group delimiter=" ">
            <text value="Tech. Rep."/>
            <text variable="number"/>
          </group>
        </group>
      </else-if>
      <else-if type="book">
        <text variable="publisher"/>
      </else-if>
      <else>
        <text variable="container-title" font-style="italic"/>
      </else>
    </choose>
  </macro>
  <macro name="locators">
    <group delimiter=", ">
      <group delimiter=" ">
        <label variable="volume" form="short"/>
        <text variable="volume"/>
      </group>
      <group delimiter=" ">
        <label variable="issue" form="short"/>
        <text variable="issue"/>
      </group>
      <group delimiter=" ">
        <label variable="page" form="short"/>
        <text variable="page"/>
      </group>
    </group>
  </macro>
  <macro name="issued">
    <date variable="issued">
      <date-part name="month" form="short" suffix=" "/>
      <date-part name="year"/>
    </date>
  </macro>
  ${link("doi: ")}
  <citation>
    <layout prefix="[" suffix="]" delimiter=", ">
      <text variable="citation-number"/>
    </layout>
  </citation>
  <bibliography et-al-min="7" et-al-use-first="1" second-field-align="flush">
    <layout suffix=".">
      <text variable="citation-number" prefix="[" suffix="]"/>
      <group delimiter=", ">
        <text macro="authors"/>
        <text macro="title"/>
        <text macro="source"/>
        <text macro="locators"/>
        <text macro="issued"/>
        <text macro="link"/>
      </group>
    </layout>
  </bibliography>
</style>`;

/** Chicago author-date: `Doe, Jane, and Jörg Müller. 2020. "Title." *Journal* 12 (3): 1–9. https://doi.org/10.1000/abc.` */
export const CHICAGO_AUTHOR_DATE = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" page-range-format="chicago" demote-non-dropping-particle="display-and-sort">
  <info>
    <title>Chicago author-date (academic homepage)</title>
    <id>academic-homepage/chicago-author-date</id>
    <updated>2026-11-29T00:00:00+00:00</updated>
  </info>
  <locale xml:lang="en">
    <terms>
      <term name="no date" form="short">n.d.</term>
    </terms>
  </locale>
  <macro name="authors">
    <names variable="author">
      <name and="text" delimiter=", " delimiter-precedes-last="always" name-as-sort-order="first" sort-separator=", "/>
      <et-al/>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="year"/>
        </date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  ${TITLE}
  <macro name="source">
    <choose>
      <if type="paper-conference chapter" match="any">
        <group delimiter=". ">
          <group delimiter=", ">
            <text variable="container-title" font-style="italic" prefix="In "/>
            <text variable="page"/>
          </group>
          <text variable="publisher"/>
        </group>
      </if>
      <else-if type="thesis">
        <group delimiter=", ">
          <text variable="genre"/>
          <text variable="publisher"/>
        </group>
      </else-if>
      <else-if type="report">
        <group delimiter=". ">
          <group delimiter=" ">
            <text value="Technical Report"/>
            <text variable="number"/>
          </group>
          <text variable="publisher"/>
        </group>
      </else-if>
      <else-if type="book">
        <text variable="publisher"/>
      </else-if>
      <else>
        <group delimiter=": ">
          <group delimiter=" ">
            <text variable="container-title" font-style="italic"/>
            <text variable="volume"/>
            <text variable="issue" prefix="(" suffix=")"/>
          </group>
          <text variable="page"/>
        </group>
      </else>
    </choose>
  </macro>
  ${link("https://doi.org/")}
  <citation>
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <names variable="author">
          <name form="short" and="text"/>
        </names>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography et-al-min="11" et-al-use-first="7">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="authors"/>
        <text macro="year"/>
        <text macro="title"/>
        <text macro="source"/>
        <text macro="link"/>
      </group>
    </layout>
  </bibliography>
</style>`;
