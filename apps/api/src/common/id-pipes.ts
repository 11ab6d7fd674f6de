import { BadRequestException, type PipeTransform } from '@nestjs/common';

/** A task id as the workflows make them (`<process uuid>-t<n>`); anything else is 400, as a bad UUID is. */
export class ParseTaskIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (
      typeof value !== 'string' ||
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-t\d{1,6}$/i.test(value)
    )
      throw new BadRequestException('id: must be a task id (a process id followed by -t and a number)');
    return value;
  }
}
