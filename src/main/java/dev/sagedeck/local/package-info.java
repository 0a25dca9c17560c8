/**
 * Local training jobs as real OS processes with a durable on-disk store laid out like SageMaker's
 * {@code /opt/ml}. May import domain, port, app, config and xgboost (the trainer the child runs);
 * never Lanterna or AWS.
 */
package dev.sagedeck.local;
