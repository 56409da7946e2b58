import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, validationError } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Every input is validated; unknown fields are refused so a typo never silently does nothing. */
export const createValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
      return validationError(fields, `Some fields are invalid: ${summary}`);
    },
  });
