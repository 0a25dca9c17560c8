package dev.sagedeck.archfixture.domain;

import ml.dmlc.xgboost4j.java.Booster;

/** Fixture: a domain record holding an xgboost type (forbidden). */
public record ModelHandle(Booster booster) {}
