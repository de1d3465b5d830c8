// Every API lint rule, in the order findings are listed.
import type { LintRule } from '../types';
import { authMissing } from './authMissing';
import { authOwnershipMissing } from './authOwnershipMissing';
import { authOwnerInBody } from './authOwnerInBody';
import { authPathUserUnchecked } from './authPathUserUnchecked';
import { errors401Missing } from './errors401Missing';
import { errors404Missing } from './errors404Missing';
import { errors422Missing } from './errors422Missing';
import { errors400ForValidation } from './errors400ForValidation';
import { errorsOwnershipStatusInconsistent } from './errorsOwnershipStatusInconsistent';
import { errorsSchemaMissing } from './errorsSchemaMissing';
import { errorsAuthFailureMissing } from './errorsAuthFailureMissing';
import { restVerbInPath } from './restVerbInPath';
import { restTrailingSlash } from './restTrailingSlash';
import { restPluralCollection } from './restPluralCollection';
import { restPathParamUndeclared } from './restPathParamUndeclared';
import { restParamUnused } from './restParamUnused';
import { restDuplicateRoute } from './restDuplicateRoute';
import { restMethodSemantics } from './restMethodSemantics';
import { schemaFieldNotInModel } from './schemaFieldNotInModel';
import { schemaSensitiveFieldExposed } from './schemaSensitiveFieldExposed';
import { routePurposeMissing } from './routePurposeMissing';
import { routeResponseMissing } from './routeResponseMissing';
import { routeRequestBodyMissing } from './routeRequestBodyMissing';
import { authGrantEscalation } from './authGrantEscalation';
import { authRoleUnchecked } from './authRoleUnchecked';
import { authParentUnchecked } from './authParentUnchecked';
import { schemaMassAssignment } from './schemaMassAssignment';

export const API_LINT_RULES: readonly LintRule[] = [
  authMissing,
  authOwnershipMissing,
  authOwnerInBody,
  authPathUserUnchecked,
  errors401Missing,
  errors404Missing,
  errors422Missing,
  errors400ForValidation,
  errorsOwnershipStatusInconsistent,
  errorsSchemaMissing,
  errorsAuthFailureMissing,
  restVerbInPath,
  restTrailingSlash,
  restPluralCollection,
  restPathParamUndeclared,
  restParamUnused,
  restDuplicateRoute,
  restMethodSemantics,
  schemaFieldNotInModel,
  schemaSensitiveFieldExposed,
  routePurposeMissing,
  routeRequestBodyMissing,
  routeResponseMissing,
  authGrantEscalation,
  authRoleUnchecked,
  authParentUnchecked,
  schemaMassAssignment,
];
