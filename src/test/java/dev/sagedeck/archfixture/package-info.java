/**
 * Deliberately broken miniature of sagedeck's layout, used only by DependencyRulesCatchViolationsTest
 * to prove the architecture rules report real violations. Never imported by production code.
 */
package dev.sagedeck.archfixture;
