# Reference numbers for the comparison and pooling statistics in src/stats:
#   hedgesG                     effectsize::hedges_g(a, b)
#   welchTTest                  t.test(a, b)
#   ancova                      lm(post ~ pre + group), B the baseline
#   randomEffectsMetaAnalysis   metafor::rma(yi, vi, method = "REML") and predict()
#
# Regenerate (only when a case is added; the tests never need R):
#   cd /work/main && Rscript tests/reference/comparisons.R
# Writes tests/reference/comparisons.json next to this script. Generated inputs are rounded before
# use, so the JSON holds exactly the numbers R computed on.
suppressPackageStartupMessages({
  library(effectsize)
  library(metafor)
  library(jsonlite)
})

# ---- two-sample cases (gains of strategy A and of reference B) --------------------------------
set.seed(20240611)
twoSample <- list(
  list(name = "small unequal groups",
       a = c(4, 7, 3, 9, 6), b = c(2, 5, 1, 3)),
  list(name = "negative difference",
       a = round(rnorm(12, mean = 1.5, sd = 3), 1), b = round(rnorm(20, mean = 4, sd = 2.5), 1)),
  list(name = "equal groups of 30",
       a = round(rnorm(30, mean = 6, sd = 4), 2), b = round(rnorm(30, mean = 4.5, sd = 4), 2)),
  list(name = "minimal groups (2 and 3)",
       a = c(3, 5), b = c(1, 2, 4)),
  list(name = "large difference",
       a = c(12, 15, 14, 18, 11, 16, 13, 17), b = c(2, 4, 1, 5, 3, 0, 2, 4, 3)),
  list(name = "near-zero difference",
       a = c(5, 6, 4, 7, 5, 3, 6), b = c(5, 4, 6, 5, 7, 4, 5, 5)),
  list(name = "one group without spread",
       a = c(3, 3, 3, 3), b = c(1, 4, 2, 6, 3))
)

# Exact noncentral-t inversion, to show how far effectsize's Nelder-Mead search is from it.
exactNcp <- function(t, df, p) {
  width <- 5 + abs(t) / 2
  uniroot(function(ncp) pt(t, df, ncp) - p, c(t - width, t + width), tol = 1e-14)$root
}

twoSampleOut <- lapply(twoSample, function(cs) {
  g <- hedges_g(cs$a, cs$b)
  w <- t.test(cs$a, cs$b)
  n1 <- length(cs$a); n2 <- length(cs$b); df <- n1 + n2 - 2
  tPooled <- t.test(cs$a, cs$b, var.equal = TRUE)$statistic[[1]]
  J <- exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
  conversion <- sqrt(1 / n1 + 1 / n2) * J
  list(
    name = cs$name, a = cs$a, b = cs$b,
    hedgesG = list(value = g$Hedges_g, ciLow = g$CI_low, ciHigh = g$CI_high),
    hedgesGExactCi = list(ciLow = exactNcp(tPooled, df, 0.975) * conversion,
                          ciHigh = exactNcp(tPooled, df, 0.025) * conversion),
    welch = list(t = w$statistic[[1]], df = w$parameter[[1]], p = w$p.value)
  )
})

# ---- ANCOVA cases ------------------------------------------------------------------------------
set.seed(7)
makeGroup <- function(n, preMean, gain, slope = 0.8, noise = 3) {
  pre <- round(rnorm(n, preMean, 6))
  post <- round(preMean + gain + slope * (pre - preMean) + rnorm(n, 0, noise))
  list(pre = pre, post = post)
}
ancovaCases <- list(
  list(name = "small unequal groups",
       preA = c(10, 14, 12, 18, 9, 15), postA = c(16, 19, 18, 25, 13, 22),
       preB = c(11, 13, 17, 8, 15), postB = c(13, 16, 20, 9, 18)),
  local({ A <- makeGroup(14, 20, 2); B <- makeGroup(19, 22, 5)
    list(name = "negative difference", preA = A$pre, postA = A$post, preB = B$pre, postB = B$post) }),
  local({ A <- makeGroup(25, 24, 7); B <- makeGroup(30, 21, 3)
    list(name = "realistic class sizes", preA = A$pre, postA = A$post, preB = B$pre, postB = B$post) }),
  local({ A <- makeGroup(20, 1e6, 4, slope = 1.1); B <- makeGroup(23, 1e6, 1, slope = 1.1)
    list(name = "scores near one million (centering)", preA = A$pre, postA = A$post,
         preB = B$pre, postB = B$post) }),
  list(name = "minimal groups (2 and 2, one residual df)",
       preA = c(10, 14), postA = c(13, 18), preB = c(9, 15), postB = c(10, 15))
)

ancovaOut <- lapply(ancovaCases, function(cs) {
  d <- data.frame(
    pre = c(cs$preA, cs$preB),
    post = c(cs$postA, cs$postB),
    group = factor(c(rep("A", length(cs$preA)), rep("B", length(cs$preB))), levels = c("B", "A"))
  )
  fit <- lm(post ~ pre + group, data = d)
  co <- summary(fit)$coefficients["groupA", ]
  ci <- confint(fit)["groupA", ]
  c(cs, list(ancova = list(diff = co[["Estimate"]], se = co[["Std. Error"]],
                           ciLow = ci[[1]], ciHigh = ci[[2]], p = co[["Pr(>|t|)"]])))
})

# ---- random-effects meta-analysis cases --------------------------------------------------------
set.seed(42)
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
k200 <- 200
n200 <- sample(12:32, k200, replace = TRUE)
y200 <- round(rnorm(k200, 0.45, sqrt(0.04 + 1 / n200)), 6)
v200 <- round(1 / n200 + y200^2 / (2 * n200), 6)
metaCases <- list(
  list(name = "k = 2, classrooms agree", yi = c(0.52, 0.31), vi = c(0.041, 0.056)),
  list(name = "k = 2, classrooms differ", yi = c(0.15, 1.05), vi = c(0.030, 0.045)),
  list(name = "k = 10 heterogeneous classrooms",
       yi = c(0.12, 0.85, 0.40, 1.30, -0.20, 0.66, 0.95, 0.05, 0.48, 1.10),
       vi = c(0.045, 0.060, 0.038, 0.080, 0.052, 0.047, 0.070, 0.041, 0.036, 0.065)),
  list(name = "classrooms agree (tau2 = 0)",
       yi = c(0.41, 0.44, 0.39, 0.43, 0.40, 0.42),
       vi = c(0.05, 0.04, 0.06, 0.05, 0.045, 0.055)),
  list(name = "negative pooled effect, unequal variances",
       yi = c(-0.35, -0.10, -0.92, -0.08, 0.25, -0.64, -0.51),
       vi = c(0.010, 0.120, 0.030, 0.250, 0.060, 0.015, 0.090)),
  list(name = "metafor dat.bcg log risk ratios (k = 13)",
       yi = round(as.numeric(bcg$yi), 6), vi = round(as.numeric(bcg$vi), 6)),
  list(name = "k = 200 simulated classrooms", yi = y200, vi = v200)
)

metaOut <- lapply(metaCases, function(cs) {
  fit <- rma(cs$yi, cs$vi, method = "REML")
  pr <- predict(fit)
  c(cs, list(rma = list(
    k = fit$k, estimate = fit$b[[1]], se = fit$se, ciLow = fit$ci.lb, ciHigh = fit$ci.ub,
    tau2 = fit$tau2, i2 = fit$I2 / 100, q = fit$QE, qp = fit$QEp,
    piLow = pr$pi.lb, piHigh = pr$pi.ub
  )))
})

# A case where metafor's Fisher scoring does not converge in its default 100 iterations (found by
# searching): metafor stops with an error; randomEffectsMetaAnalysis returns converged = FALSE.
nonConvergent <- list(yi = c(0.005426, -0.002133, -50, 1.148564), vi = c(0.005242, 0.664556, 258, 0.000191))
defaultFit <- tryCatch(rma(nonConvergent$yi, nonConvergent$vi, method = "REML"), error = function(e) e)
longerFit <- rma(nonConvergent$yi, nonConvergent$vi, method = "REML", control = list(maxiter = 1000))
nonConvergent$rmaError <- if (inherits(defaultFit, "error")) conditionMessage(defaultFit) else NA
nonConvergent$tau2WithMaxiter1000 <- longerFit$tau2

out <- list(
  generatedBy = "tests/reference/comparisons.R",
  r = R.version.string,
  effectsize = as.character(packageVersion("effectsize")),
  metafor = as.character(packageVersion("metafor")),
  twoSample = twoSampleOut,
  ancova = ancovaOut,
  meta = metaOut,
  metaNonConvergent = nonConvergent
)
path <- file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))),
                  "comparisons.json")
write_json(out, path, auto_unbox = TRUE, digits = NA, pretty = TRUE)
cat("wrote", path, "\n")
