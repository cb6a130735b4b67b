/**
 * The words of the domain shared by reading and by the rules: subject keys and their names
 * (功能分类 classes, 三公 items, 基本/项目/人员/公用 …). Rules (DRL) may import this package, the
 * facts and the model, never the parser's internals.
 */
package io.github.disclosureauditor.vocabulary;
