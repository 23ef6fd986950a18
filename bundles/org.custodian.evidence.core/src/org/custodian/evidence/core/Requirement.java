package org.custodian.evidence.core;

/**
 * One question of the trust's reference list of requirements (REQUIREMENTS.md), by its stable ID.
 *
 * @param id       the stable ID, such as R7 or G3
 * @param title    a few words for the start page's table
 * @param question what the inspector asks, in one sentence
 * @param area     where the console keeps its evidence
 */
public record Requirement(String id, String title, String question, Area area) {
}
