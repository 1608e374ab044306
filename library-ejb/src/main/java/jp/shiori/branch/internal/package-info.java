/**
 * Entities and the service of the branch context: branches, pickup stations, closed days.
 * Reference data (a city's branches) comes from the seed migrations, not from code.
 */
package jp.shiori.branch.internal;
