/**
 * The library's branches and their pickup points: the six libraries and the bookmobile, the stations a
 * hold may be collected at (counter, hold-shelf room, bookmobile stops), and each branch's closed days.
 * Later contexts (circulation, holds) read due dates and pickup deadlines from here.
 */
package jp.shiori.branch;
